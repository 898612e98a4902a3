using Mediator;

namespace Cantine.Invoicing.Contracts.GetBillingRules;

/// <summary>The town's billing rules in force this month (Paris) and those set for later months; the defaults before any change.</summary>
public sealed record GetBillingRulesQuery : IQuery<BillingRulesDto>;

using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Settings;

namespace Cantine.Invoicing.Features.Shared;

/// <summary>The bills of a month and the town's rules in force for it (minimum amount, payment delay, cheque order).</summary>
public sealed record MonthBillingResult(DateOnly Month, BillingRules Rules, IReadOnlyList<FamilyBill> Bills);

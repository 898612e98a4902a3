using Mediator;

namespace Cantine.Invoicing.Contracts.FindBillingFamilies;

/// <summary>Families whose child's first or last name contains <see cref="Search"/> (at most 50), to record a quotient.</summary>
public sealed record FindBillingFamiliesQuery(string Search) : IQuery<IReadOnlyList<BillingFamilyMatchDto>>;

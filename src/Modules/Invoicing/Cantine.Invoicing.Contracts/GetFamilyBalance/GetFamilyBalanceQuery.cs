using Mediator;

namespace Cantine.Invoicing.Contracts.GetFamilyBalance;

/// <summary>
/// A family's balance in cents: what its invoices ask, less what was paid and credited. Positive: owed; negative: a
/// credit (an overpayment). One statement.
/// </summary>
public sealed record GetFamilyBalanceQuery(Guid FamilyId) : IQuery<int>;

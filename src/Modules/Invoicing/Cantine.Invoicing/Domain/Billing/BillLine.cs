namespace Cantine.Invoicing.Domain.Billing;

/// <summary>
/// One line of a bill: a child × service (or a surcharge, or an amount carried from an earlier month when
/// <see cref="ChildId"/> is null), with its quantity, unit price and amount in cents. <see cref="Bracket"/> is the quotient
/// bracket's label when the service prices by bracket (e.g. <c>QF ≤ 500</c>, or <c>Tranche la plus haute (quotient non fourni)</c>).
/// </summary>
public sealed record BillLine(
    Guid? ChildId,
    string ChildName,
    Guid? ServiceId,
    string ServiceName,
    string Description,
    int Quantity,
    int UnitPriceCents,
    int AmountCents,
    string? Bracket);

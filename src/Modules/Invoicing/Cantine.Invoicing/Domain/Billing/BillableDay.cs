namespace Cantine.Invoicing.Domain.Billing;

/// <summary>
/// One day of a child for a service that a family is billed: at <see cref="BookedPriceCents"/> when booked (the price
/// Reservations had that day), and surcharged when <see cref="Unbooked"/> (a presence without any booking).
/// </summary>
public sealed record BillableDay(Guid FamilyId, Guid ChildId, Guid ServiceId, DateOnly Date, int? BookedPriceCents, bool Unbooked);

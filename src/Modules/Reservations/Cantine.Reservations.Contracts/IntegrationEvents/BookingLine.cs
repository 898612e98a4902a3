namespace Cantine.Reservations.Contracts.IntegrationEvents;

/// <summary>One booked (or cancelled) day of a child for a service, at the unit price in force that day.</summary>
public sealed record BookingLine(Guid ChildId, Guid ServiceId, DateOnly Date, int UnitPriceCents);

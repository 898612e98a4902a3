namespace Cantine.Invoicing.Domain.Copies;

/// <summary>
/// One day of a child for a service as the booking family last left it: booked at <see cref="UnitPriceCents"/> (the price
/// Reservations had in force that day), or cancelled (kept so that an older message handled late cannot bring it back).
/// <see cref="At"/> is the instant of the Reservations change that set it.
/// </summary>
public sealed record BookedDay(Guid ChildId, Guid ServiceId, DateOnly Date, int UnitPriceCents, bool Booked, DateTimeOffset At)
{
    public bool SameDay(BookedDay other) => ChildId == other.ChildId && ServiceId == other.ServiceId && Date == other.Date;
}

namespace Cantine.Reservations.Domain;

/// <summary>
/// Everything a booking decision looks at, loaded by the handler: the calendar, the period (and whether the job
/// already closed it), the family's children and the services, the cells the children's other families hold,
/// and who asks (a parent, or staff correcting).
/// </summary>
public sealed record BookingSituation(
    BookingCalendar Calendar,
    BookingPeriod Period,
    bool PeriodClosed,
    Guid FamilyId,
    IReadOnlyDictionary<Guid, ReservationChild> Children,
    IReadOnlyDictionary<Guid, Service> Services,
    IReadOnlyDictionary<BookedCell, Guid> HeldByOtherFamilies,
    bool ByStaff)
{
    public DateTimeOffset Deadline => Calendar.DeadlineOf(Period);

    /// <summary>Parents may change the period until its deadline (inclusive), staff at any time.</summary>
    public bool IsOpenFor(DateTimeOffset now) => ByStaff || (!PeriodClosed && Calendar.Rule.IsOpen(Period, now));
}

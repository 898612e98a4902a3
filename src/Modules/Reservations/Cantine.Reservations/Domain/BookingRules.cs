namespace Cantine.Reservations.Domain;

/// <summary>
/// The booking decisions, pure: given the situation, what is booked now and what the form ticks, the cells
/// to book and cancel, or the first refusal. All or nothing: a refused form changes nothing.
/// </summary>
public static class BookingRules
{
    /// <summary>A booking counts (totals, headcounts) only on an open day the service runs; a later closure voids it.</summary>
    public static bool Counts(BookingCalendar calendar, Service service, DateOnly day) => calendar.IsOpenDay(day) && service.RunsOn(day);

    public static BookingChange Decide(BookingSituation situation, IReadOnlyCollection<BookedCell> current, IEnumerable<BookedCell> ticked, DateTimeOffset now)
    {
        if (!situation.IsOpenFor(now))
        {
            return BookingChange.Refused(new BookingRefusal("Bookings.Late", Deadline: situation.Deadline));
        }

        var wanted = ticked.Distinct().ToList();
        var booked = new List<BookedCell>();
        foreach (var cell in wanted)
        {
            if (!situation.Children.TryGetValue(cell.ChildId, out var child) || !child.BelongsTo(situation.FamilyId))
            {
                return BookingChange.Refused(new BookingRefusal("Bookings.ChildNotInFamily", cell));
            }

            if (current.Contains(cell))
            {
                continue;
            }

            var refusal = RefusalFor(situation, child, cell);
            if (refusal is not null)
            {
                return BookingChange.Refused(refusal);
            }

            booked.Add(cell);
        }

        // Cells the form cannot show as editable (a closed day, a service parents cannot book) stay as they are.
        var cancelled = current.Where(c => !wanted.Contains(c) && IsEditable(situation, c)).ToList();
        return new BookingChange(booked, cancelled, null);
    }

    /// <summary>Whether the page offers this cell's checkbox (before looking at the deadline).</summary>
    public static bool IsEditable(BookingSituation situation, BookedCell cell) =>
        situation.Children.TryGetValue(cell.ChildId, out var child) && RefusalFor(situation, child, cell, checkOtherFamilies: false) is null;

    private static BookingRefusal? RefusalFor(BookingSituation situation, ReservationChild child, BookedCell cell, bool checkOtherFamilies = true)
    {
        if (!situation.Period.Contains(cell.Date))
        {
            return new BookingRefusal("Bookings.OutsidePeriod", cell);
        }

        if (!situation.Services.TryGetValue(cell.ServiceId, out var service))
        {
            return new BookingRefusal("Bookings.UnknownService", cell);
        }

        if (!child.IsEnrolledIn(service.Id))
        {
            return new BookingRefusal("Bookings.NotEnrolled", cell);
        }

        if (!situation.ByStaff && !service.BookableByParents)
        {
            return new BookingRefusal("Bookings.NotBookableByParents", cell);
        }

        if (!situation.Calendar.IsOpenDay(cell.Date))
        {
            return new BookingRefusal("Bookings.ClosedDay", cell);
        }

        if (!service.RunsOn(cell.Date))
        {
            return new BookingRefusal("Bookings.ServiceNotRunning", cell);
        }

        return checkOtherFamilies && situation.HeldByOtherFamilies.TryGetValue(cell, out var other)
            ? new BookingRefusal("Bookings.HeldByOtherFamily", cell, OtherFamilyId: other)
            : null;
    }
}

using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Reservations.Domain;

/// <summary>
/// The booking calendar's rules (manual §3, ADR 0012): pure functions of the command, the calendar's state and what
/// the handler loaded. A closed period's days and totals are frozen: no closure may touch it.
/// </summary>
public static class BookingCalendarDecisions
{
    /// <summary>A second delivery of the town's creation changes nothing.</summary>
    public static Decision Decide(CreateBookingCalendar command, BookingCalendar? calendar) =>
        calendar is not null ? Decision.Nothing
        : Decision.Append(new BookingCalendarCreated(command.CalendarId, command.Kind, [.. command.OpeningDays.Distinct()], DeadlineRule.Default));

    /// <summary>
    /// The period kind cannot change while periods not yet closed hold bookings (they are stored per period). A reminder
    /// setting, when given and different, is its own event (ADR 0033).
    /// </summary>
    /// <param name="openPeriodsHoldBookings">Whether periods of the current kind, not yet closed, hold bookings.</param>
    public static Decision Decide(ChangeBookingCalendar command, BookingCalendar? calendar, bool openPeriodsHoldBookings)
    {
        if (calendar is null)
        {
            return Decision.Refuse("Calendar.Missing");
        }

        if (command.Kind != calendar.Kind && openPeriodsHoldBookings)
        {
            return Decision.Refuse("Calendar.KindChangeWithBookings", "PeriodKind");
        }

        if (command.ReminderDaysBefore is < 0 or > BookingReminder.MaxDaysBefore)
        {
            return Decision.Refuse("Calendar.ReminderDays", "ReminderDaysBefore");
        }

        var changed = new BookingCalendarChanged(calendar.Id, command.Kind, [.. command.OpeningDays.Distinct()], command.Rule);
        return command.ReminderDaysBefore is { } days && days != calendar.ReminderDaysBefore
            ? Decision.Append(changed, new BookingReminderChanged(calendar.Id, days))
            : Decision.Append(changed);
    }

    /// <param name="closedPeriods">The closed periods touching the closure's days (more do no harm).</param>
    public static Decision Decide(AddClosure command, BookingCalendar? calendar, IReadOnlyList<ClosedPeriod> closedPeriods) =>
        calendar is null ? Decision.Refuse("Calendar.Missing")
        : Touching(closedPeriods, command.From, command.To) is { } closed ? InClosedPeriod(closed, "From")
        : Decision.Append(new ClosureAdded(calendar.Id, new Closure(command.ClosureId, command.Label.Trim(), command.From, command.To, command.Kind)));

    /// <summary>Neither the closure's current days nor its new ones may touch a closed period.</summary>
    /// <param name="closedPeriods">The closed periods touching the closure's current or new days (more do no harm).</param>
    public static Decision Decide(ChangeClosure command, BookingCalendar? calendar, IReadOnlyList<ClosedPeriod> closedPeriods)
    {
        if (calendar?.Closures.FirstOrDefault(c => c.Id == command.ClosureId) is not { } current)
        {
            return Decision.Refuse("Closure.NotFound", nameof(command.ClosureId));
        }

        return (Touching(closedPeriods, current.From, current.To) ?? Touching(closedPeriods, command.From, command.To)) is { } closed
            ? InClosedPeriod(closed, "From")
            : Decision.Append(new ClosureChanged(calendar.Id, new Closure(current.Id, command.Label.Trim(), command.From, command.To, command.Kind)));
    }

    /// <param name="closedPeriods">The closed periods touching the closure's days (more do no harm).</param>
    public static Decision Decide(RemoveClosure command, BookingCalendar? calendar, IReadOnlyList<ClosedPeriod> closedPeriods) =>
        calendar?.Closures.FirstOrDefault(c => c.Id == command.ClosureId) is not { } current ? Decision.Refuse("Closure.NotFound", nameof(command.ClosureId))
        : Touching(closedPeriods, current.From, current.To) is { } closed ? InClosedPeriod(closed, nameof(command.ClosureId))
        : Decision.Append(new ClosureRemoved(calendar.Id, current.Id));

    /// <summary>Each bank holiday of the current and next school years not already closed as one; run twice, adds nothing.</summary>
    public static Decision Decide(PrefillBankHolidays command, BookingCalendar? calendar, DateTimeOffset now)
    {
        if (calendar is null)
        {
            return Decision.Refuse("Calendar.Missing");
        }

        var added = FrenchBankHolidays.OfCurrentAndNextSchoolYears(ParisTime.DateOf(now))
            .Where(h => !calendar.Closures.Any(c => c.Kind == ClosureKind.BankHoliday && c.Covers(h.Date)))
            .Select(h => new ClosureAdded(
                calendar.Id, new Closure(StableId.For("bank-holiday", command.TenantId, h.Date), h.Label, h.Date, h.Date, ClosureKind.BankHoliday)))
            .ToArray<object>();
        return added.Length == 0 ? Decision.Nothing : Decision.Append(added);
    }

    private static ClosedPeriod? Touching(IReadOnlyList<ClosedPeriod> closedPeriods, DateOnly from, DateOnly to) =>
        closedPeriods.FirstOrDefault(p => p.End >= from && p.Start <= to);

    private static Decision InClosedPeriod(ClosedPeriod closed, string field) => Decision.Refuse("Closure.InClosedPeriod", field, closed.Start);
}

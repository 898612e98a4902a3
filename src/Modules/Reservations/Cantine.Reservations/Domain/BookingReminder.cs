using Cantine.BuildingBlocks.Contracts.Time;

namespace Cantine.Reservations.Domain;

/// <summary>
/// When families with nothing booked are reminded of a period's deadline (ADR 0033): from <see cref="SendFrom"/>, Paris
/// time, on the day <see cref="BookingCalendar.ReminderDaysBefore"/> days before the deadline's day, and never once the
/// deadline has passed. A run after downtime still finds every period whose moment passed and whose deadline is ahead.
/// </summary>
public static class BookingReminder
{
    public const int DefaultDaysBefore = 2;

    /// <summary>Two weeks: beyond it a weekly town would remind of a period before the previous one closed.</summary>
    public const int MaxDaysBefore = 14;

    /// <summary>Not at the deadline's own time (23:59): a reminder is read in the morning.</summary>
    public static readonly TimeOnly SendFrom = new(8, 0);

    /// <summary>The instant the period's reminder becomes due; null when the town sends none.</summary>
    public static DateTimeOffset? MomentOf(BookingCalendar calendar, BookingPeriod period)
    {
        if (calendar.ReminderDaysBefore <= 0)
        {
            return null;
        }

        var deadlineDay = ParisTime.DateOf(calendar.DeadlineOf(period));
        return ParisTime.At(deadlineDay.AddDays(-calendar.ReminderDaysBefore), SendFrom);
    }

    /// <summary>
    /// The periods whose reminder is due at <paramref name="now"/>: moment passed, deadline still ahead, earliest first.
    /// A period's deadline falls before its first day, so the search starts at today's period and stops at the first
    /// period whose moment is still to come (deadlines, hence moments, grow with the periods).
    /// </summary>
    public static IReadOnlyList<BookingPeriod> DuePeriods(BookingCalendar calendar, DateTimeOffset now)
    {
        var due = new List<BookingPeriod>();
        var period = calendar.PeriodContaining(ParisTime.DateOf(now));
        for (var i = 0; i < 32 && MomentOf(calendar, period) is { } moment && moment <= now; i++, period = period.Next)
        {
            if (now < calendar.DeadlineOf(period))
            {
                due.Add(period);
            }
        }

        return due;
    }

    /// <summary>Whether the child has at least one day of the period its parents could book (open day, service running, bookable by parents).</summary>
    public static bool HasBookableDay(BookingCalendar calendar, BookingPeriod period, IReadOnlyDictionary<Guid, Service> services, IEnumerable<Guid> enrolledIn)
    {
        var bookable = enrolledIn.Select(id => services.GetValueOrDefault(id)).OfType<Service>().Where(s => s.BookableByParents).ToList();
        return bookable.Count > 0 && period.Dates().Any(day => calendar.IsOpenDay(day) && bookable.Any(s => s.RunsOn(day)));
    }
}

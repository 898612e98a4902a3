using Cantine.BuildingBlocks.Domain;

namespace Cantine.Reservations.Domain;

/// <summary>The town's booking calendar: period kind, opening days, deadline rule and closures (ADR 0012).</summary>
/// <param name="ReminderDaysBefore">How many days before a deadline families with nothing booked are reminded (0: never; ADR 0033).</param>
public sealed record BookingCalendar(
    Guid Id, PeriodKind Kind, IReadOnlyList<DayOfWeek> OpeningDays, DeadlineRule Rule, IReadOnlyList<Closure> Closures,
    int ReminderDaysBefore = BookingReminder.DefaultDaysBefore)
{
    public static Guid IdFor(string tenantId) => StableId.For("booking-calendar", tenantId);

    public static BookingCalendar Create(BookingCalendarCreated e) => new(e.CalendarId, e.Kind, e.OpeningDays, e.Rule, []);

    public BookingCalendar Apply(BookingCalendarChanged e) => this with { Kind = e.Kind, OpeningDays = e.OpeningDays, Rule = e.Rule };

    public BookingCalendar Apply(BookingReminderChanged e) => this with { ReminderDaysBefore = e.DaysBefore };

    public BookingCalendar Apply(ClosureAdded e) => this with { Closures = [.. Closures, e.Closure] };

    public BookingCalendar Apply(ClosureChanged e) => this with { Closures = [.. Closures.Select(c => c.Id == e.Closure.Id ? e.Closure : c)] };

    public BookingCalendar Apply(ClosureRemoved e) => this with { Closures = [.. Closures.Where(c => c.Id != e.ClosureId)] };

    public BookingPeriod PeriodContaining(DateOnly day) => BookingPeriod.Containing(Kind, day);

    public DateTimeOffset DeadlineOf(BookingPeriod period) => Rule.DeadlineOf(period);

    /// <summary>The period's opening days, closed days included (the page shows them, not bookable).</summary>
    public IReadOnlyList<DateOnly> OpeningDaysOf(BookingPeriod period) => [.. period.Dates().Where(d => OpeningDays.Contains(d.DayOfWeek))];

    public Closure? ClosureOn(DateOnly day) => Closures.FirstOrDefault(c => c.Covers(day));

    public bool IsOpenDay(DateOnly day) => OpeningDays.Contains(day.DayOfWeek) && ClosureOn(day) is null;
}

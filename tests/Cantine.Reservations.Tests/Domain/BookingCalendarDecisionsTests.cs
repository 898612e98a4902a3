using Cantine.BuildingBlocks.Domain;
using Cantine.Reservations.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Reservations.Tests.Domain.Given;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>Given the calendar's events and the closed periods, when staff change the calendar or its closures, then these events or this refusal.</summary>
public sealed class BookingCalendarDecisionsTests
{
    private static readonly Guid CalendarId = BookingCalendar.IdFor("lyon");
    private static readonly Guid ToussaintId = Guid.Parse("00000000-0000-0000-0000-0000000000e1");
    private static readonly DateTimeOffset Now = BeforeDeadline;

    private static readonly BookingCalendarCreated Created = new(CalendarId, PeriodKind.Week, SchoolDays, DeadlineRule.Default);

    private static readonly Closure Toussaint = new(ToussaintId, "Toussaint", new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 30), ClosureKind.SchoolHoliday);

    /// <summary>The week of 12 October 2026, closed by the job.</summary>
    private static readonly ClosedPeriod ClosedWeek = new(
        Guid.NewGuid(), PeriodKind.Week, new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 18), [], [], [], Now, Now, []);

    private static BookingCalendar? GivenCalendar(params object[] events) => History.Of<BookingCalendar>(events);

    private static BookingCalendar WithToussaint => GivenCalendar(Created, new ClosureAdded(CalendarId, Toussaint))!;

    [Fact]
    public void The_towns_first_calendar_has_the_default_deadline_rule_and_its_days_once_each()
    {
        var decision = BookingCalendarDecisions.Decide(
            new CreateBookingCalendar(CalendarId, PeriodKind.Month, [DayOfWeek.Monday, DayOfWeek.Monday, DayOfWeek.Friday]), GivenCalendar());

        var created = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<BookingCalendarCreated>();
        created.Kind.ShouldBe(PeriodKind.Month);
        created.OpeningDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Friday]);
        created.Rule.ShouldBe(DeadlineRule.Default);
    }

    [Fact]
    public void A_second_delivery_of_the_towns_creation_changes_nothing()
    {
        BookingCalendarDecisions.Decide(new CreateBookingCalendar(CalendarId, PeriodKind.Month, SchoolDays), GivenCalendar(Created)).ShouldChangeNothing();
    }

    [Fact]
    public void Changes_the_days_and_the_deadline_rule()
    {
        var rule = new DeadlineRule(DayOfWeek.Wednesday, 15, new TimeOnly(12, 0));

        var decision = BookingCalendarDecisions.Decide(
            new ChangeBookingCalendar(PeriodKind.Week, [DayOfWeek.Monday, DayOfWeek.Monday], rule), GivenCalendar(Created), openPeriodsHoldBookings: true);

        var changed = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<BookingCalendarChanged>();
        changed.OpeningDays.ShouldBe([DayOfWeek.Monday]);
        changed.Rule.ShouldBe(rule);
    }

    [Fact]
    public void Changes_the_period_kind_when_no_open_period_holds_bookings()
    {
        BookingCalendarDecisions.Decide(new ChangeBookingCalendar(PeriodKind.Month, SchoolDays, DeadlineRule.Default), GivenCalendar(Created), false)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<BookingCalendarChanged>().Kind.ShouldBe(PeriodKind.Month);
    }

    [Fact]
    public void Refuses_to_change_the_period_kind_while_open_periods_hold_bookings()
    {
        BookingCalendarDecisions.Decide(new ChangeBookingCalendar(PeriodKind.Month, SchoolDays, DeadlineRule.Default), GivenCalendar(Created), true)
            .ShouldRefuse("Calendar.KindChangeWithBookings", "PeriodKind");
    }

    [Fact]
    public void Refuses_to_change_a_calendar_not_created_yet()
    {
        BookingCalendarDecisions.Decide(new ChangeBookingCalendar(PeriodKind.Week, SchoolDays, DeadlineRule.Default), GivenCalendar(), false)
            .ShouldRefuse("Calendar.Missing");
    }

    [Fact]
    public void Adds_a_closure_with_its_trimmed_label()
    {
        BookingCalendarDecisions.Decide(
                new AddClosure(ToussaintId, " Toussaint ", Toussaint.From, Toussaint.To, ClosureKind.SchoolHoliday), GivenCalendar(Created), [])
            .ShouldAppend(new ClosureAdded(CalendarId, Toussaint));
    }

    [Fact]
    public void Refuses_a_closure_touching_a_closed_period_naming_its_first_day()
    {
        var decision = BookingCalendarDecisions.Decide(
            new AddClosure(ToussaintId, "Grève", new DateOnly(2026, 10, 18), new DateOnly(2026, 10, 19), ClosureKind.ClosedDay), GivenCalendar(Created), [ClosedWeek]);

        decision.ShouldRefuse("Closure.InClosedPeriod", "From");
        decision.Args.ShouldBe([ClosedWeek.Start]);
    }

    [Fact]
    public void A_closed_period_next_to_the_closure_is_no_obstacle()
    {
        BookingCalendarDecisions.Decide(new AddClosure(ToussaintId, "Toussaint", Toussaint.From, Toussaint.To, ClosureKind.SchoolHoliday), GivenCalendar(Created), [ClosedWeek])
            .IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void Refuses_a_closure_before_the_calendar_exists()
    {
        BookingCalendarDecisions.Decide(new AddClosure(ToussaintId, "Toussaint", Toussaint.From, Toussaint.To, ClosureKind.SchoolHoliday), GivenCalendar(), [])
            .ShouldRefuse("Calendar.Missing");
    }

    [Fact]
    public void Changes_a_closure()
    {
        var change = new ChangeClosure(ToussaintId, "Vacances ", new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 1), ClosureKind.SchoolHoliday);

        BookingCalendarDecisions.Decide(change, WithToussaint, [])
            .ShouldAppend(new ClosureChanged(CalendarId, Toussaint with { Label = "Vacances", To = new DateOnly(2026, 11, 1) }));
    }

    [Fact]
    public void Refuses_to_move_a_closure_onto_a_closed_period()
    {
        var change = new ChangeClosure(ToussaintId, "Toussaint", new DateOnly(2026, 10, 16), Toussaint.To, ClosureKind.SchoolHoliday);

        BookingCalendarDecisions.Decide(change, WithToussaint, [ClosedWeek]).ShouldRefuse("Closure.InClosedPeriod", "From");
    }

    [Fact]
    public void Refuses_to_move_a_closure_out_of_a_closed_period()
    {
        var closedToussaint = ClosedWeek with { Start = new DateOnly(2026, 10, 19), End = new DateOnly(2026, 10, 25) };
        var change = new ChangeClosure(ToussaintId, "Toussaint", new DateOnly(2026, 10, 26), Toussaint.To, ClosureKind.SchoolHoliday);

        BookingCalendarDecisions.Decide(change, WithToussaint, [closedToussaint]).ShouldRefuse("Closure.InClosedPeriod", "From");
    }

    [Fact]
    public void Refuses_to_change_a_closure_that_does_not_exist()
    {
        var change = new ChangeClosure(Guid.NewGuid(), "Toussaint", Toussaint.From, Toussaint.To, ClosureKind.SchoolHoliday);

        BookingCalendarDecisions.Decide(change, WithToussaint, []).ShouldRefuse("Closure.NotFound", "ClosureId");
        BookingCalendarDecisions.Decide(change, GivenCalendar(), []).ShouldRefuse("Closure.NotFound", "ClosureId");
    }

    [Fact]
    public void Removes_a_closure()
    {
        BookingCalendarDecisions.Decide(new RemoveClosure(ToussaintId), WithToussaint, []).ShouldAppend(new ClosureRemoved(CalendarId, ToussaintId));
    }

    [Fact]
    public void Refuses_to_remove_a_closure_of_a_closed_period()
    {
        var closedToussaint = ClosedWeek with { Start = new DateOnly(2026, 10, 19), End = new DateOnly(2026, 10, 25) };

        BookingCalendarDecisions.Decide(new RemoveClosure(ToussaintId), WithToussaint, [closedToussaint]).ShouldRefuse("Closure.InClosedPeriod", "ClosureId");
    }

    [Fact]
    public void Refuses_to_remove_a_closure_that_does_not_exist()
    {
        BookingCalendarDecisions.Decide(new RemoveClosure(ToussaintId), GivenCalendar(Created), []).ShouldRefuse("Closure.NotFound", "ClosureId");
    }

    [Fact]
    public void Prefills_the_bank_holidays_of_the_current_and_next_school_years_named_by_town_and_day()
    {
        var decision = BookingCalendarDecisions.Decide(new PrefillBankHolidays("lyon"), GivenCalendar(Created), Now);

        var added = decision.Events.Cast<ClosureAdded>().Select(e => e.Closure).ToList();
        added.Count.ShouldBe(22);
        added.ShouldAllBe(c => c.Kind == ClosureKind.BankHoliday && c.From == c.To);
        added[0].ShouldBe(new Closure(StableId.For("bank-holiday", "lyon", new DateOnly(2026, 11, 1)), "Toussaint", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), ClosureKind.BankHoliday));
        added[^1].From.ShouldBe(new DateOnly(2028, 8, 15));
    }

    [Fact]
    public void Prefilling_twice_adds_nothing()
    {
        var once = BookingCalendarDecisions.Decide(new PrefillBankHolidays("lyon"), GivenCalendar(Created), Now);

        BookingCalendarDecisions.Decide(new PrefillBankHolidays("lyon"), GivenCalendar([Created, .. once.Events]), Now).ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_to_prefill_a_calendar_not_created_yet()
    {
        BookingCalendarDecisions.Decide(new PrefillBankHolidays("lyon"), GivenCalendar(), Now).ShouldRefuse("Calendar.Missing");
    }
}

using System.Text.Json;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Reservations.Contracts.AddClosure;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Cantine.Reservations.Contracts.ChangeClosure;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Cantine.Reservations.Contracts.PrefillBankHolidays;
using Cantine.Reservations.Contracts.RemoveClosure;
using Cantine.Reservations.Tests.Support;

namespace Cantine.Reservations.Tests.Features;

/// <summary>The town's booking calendar (ADR 0012): created with the structure, then changed by staff.</summary>
public sealed class CalendarTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    private Task<BookingCalendarDto?> CalendarAsync() => app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetBookingCalendarQuery()));

    [Fact]
    public async Task The_structure_creation_gives_a_weekly_calendar_with_the_default_deadline_rule()
    {
        var calendar = (await CalendarAsync()).ShouldNotBeNull();

        calendar.PeriodKind.ShouldBe("Week");
        calendar.OpeningDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        (calendar.DeadlineWeekDay, calendar.DeadlineMonthDay, calendar.DeadlineTime).ShouldBe((DayOfWeek.Thursday, 20, new TimeOnly(23, 59)));
    }

    [Fact]
    public async Task A_closure_makes_its_days_not_bookable_and_can_be_changed_and_removed()
    {
        var (family, children) = await app.FamilyAsync("Fermeture", "Rose");
        var id = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new AddClosureCommand(" Grève ", new DateOnly(2031, 11, 6), new DateOnly(2031, 11, 6), "ClosedDay"))))
            .ShouldSucceed();

        var refused = await app.SubmitAsync(family, [app.LunchOn(children[0], 6)]);
        var cell = (await app.SheetAsync(family)).Children.Single().Rows.Single().Cells.Single(c => c.Date == new DateOnly(2031, 11, 6));
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeClosureCommand(id, "Grève des cantines", new DateOnly(2031, 11, 7), new DateOnly(2031, 11, 7), "ClosedDay"))))
            .ShouldSucceed();
        var changed = (await CalendarAsync())!.Closures.Single(c => c.Id == id);
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new RemoveClosureCommand(id)))).ShouldSucceed();

        refused.ShouldBeRefused("Bookings.ClosedDay");
        cell.Bookable.ShouldBeFalse();
        changed.ShouldBe(new ClosureDto(id, "Grève des cantines", new DateOnly(2031, 11, 7), new DateOnly(2031, 11, 7), "ClosedDay"));
        (await CalendarAsync())!.Closures.ShouldNotContain(c => c.Id == id);
        (await app.SubmitAsync(family, [app.LunchOn(children[0], 6), app.LunchOn(children[0], 7)])).ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_a_closure_that_ends_before_it_starts_or_has_an_unknown_kind()
    {
        var result = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new AddClosureCommand("Vacances", new DateOnly(2031, 12, 20), new DateOnly(2031, 12, 1), "Holidays")));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.Select(e => e.Field).ShouldBe(["Kind", "To"], ignoreOrder: true);
    }

    [Fact]
    public async Task Prefilling_bank_holidays_twice_adds_them_once()
    {
        app.Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));

        var first = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new PrefillBankHolidaysCommand()))).ShouldSucceed();
        var second = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new PrefillBankHolidaysCommand()))).ShouldSucceed();

        first.ShouldBe(22);
        second.ShouldBe(0);
        var holidays = (await CalendarAsync())!.Closures.Where(c => c.Kind == "BankHoliday").ToList();
        holidays.Count.ShouldBe(22);
        holidays.ShouldContain(c => c.Label == "Lundi de Pentecôte" && c.From == new DateOnly(2032, 5, 17));
    }

    [Fact]
    public async Task Changing_the_rule_moves_the_deadline_of_open_periods()
    {
        var original = (await CalendarAsync())!;
        var (family, _) = await app.FamilyAsync("Règle");

        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeBookingCalendarCommand(
            "Week", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday], DayOfWeek.Wednesday, 20, new TimeOnly(12, 0))))).ShouldSucceed();
        var sheet = await app.SheetAsync(family);
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeBookingCalendarCommand(
            original.PeriodKind, original.OpeningDays, original.DeadlineWeekDay, original.DeadlineMonthDay, original.DeadlineTime)))).ShouldSucceed();

        sheet.Deadline.ShouldBe(new DateTimeOffset(2031, 10, 29, 12, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task Refuses_to_change_the_period_kind_while_open_periods_hold_bookings()
    {
        var (family, children) = await app.FamilyAsync("Semaine", "Yanis");
        (await app.SubmitAsync(family, [app.LunchOn(children[0], 3)])).ShouldSucceed();

        var result = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeBookingCalendarCommand(
            "Month", [DayOfWeek.Monday], DayOfWeek.Thursday, 20, new TimeOnly(23, 59))));

        result.ShouldBeRefused("Calendar.KindChangeWithBookings", "PeriodKind");
        (await CalendarAsync())!.PeriodKind.ShouldBe("Week");
    }

    [Fact]
    public async Task Refuses_an_unknown_period_kind_and_an_empty_week()
    {
        var result = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeBookingCalendarCommand("Fortnight", [], DayOfWeek.Thursday, 40, new TimeOnly(23, 59))));

        result.Errors.Select(e => e.Field).ShouldBe(["PeriodKind", "OpeningDays", "DeadlineMonthDay"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_calendar_changed_through_reservations_leaves_no_stale_copy_in_the_structure_settings()
    {
        var original = (await CalendarAsync())!;
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeBookingCalendarCommand(
            "Week", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            DayOfWeek.Thursday, 20, new TimeOnly(23, 59))))).ShouldSucceed();

        var calendar = (await CalendarAsync()).ShouldNotBeNull();
        var structure = (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetStructureQuery()))).ShouldNotBeNull();
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeBookingCalendarCommand(
            original.PeriodKind, original.OpeningDays, original.DeadlineWeekDay, original.DeadlineMonthDay, original.DeadlineTime)))).ShouldSucceed();

        calendar.OpeningDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        // Reservations' calendar is the one owner of the period kind and opening days (issue #11): Accounts' structure
        // either does not serve them at all or serves the calendar's, never the values given at its creation.
        var served = JsonSerializer.SerializeToElement(structure);
        if (served.TryGetProperty(nameof(calendar.OpeningDays), out var days))
        {
            days.Deserialize<DayOfWeek[]>().ShouldBe(calendar.OpeningDays);
        }

        if (served.TryGetProperty(nameof(calendar.PeriodKind), out var kind))
        {
            kind.GetString().ShouldBe(calendar.PeriodKind);
        }
    }
}

using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Contracts.ClosePeriods;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Jobs;
using Cantine.Reservations.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace Cantine.Reservations.Tests.Features;

/// <summary>
/// The deadline job (`reservations:close-periods`) closes periods and freezes the kitchen's headcounts; it is
/// idempotent and catches up. Each test works in its own year, so the order of the tests does not matter.
/// </summary>
public sealed class ClosePeriodsTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    private static Contracts.SubmitBookings.BookingCellInput On(Guid child, Guid service, DateOnly day) => new(child, service, day);

    [Fact]
    public async Task The_job_run_twice_changes_nothing_the_second_time_and_catches_up_missed_periods()
    {
        app.Clock.SetParisTime(new DateTime(2032, 9, 1, 8, 0, 0));
        var (family, children) = await app.FamilyAsync("Rattrapage", "Ines");
        DateOnly[] weeks = [new(2032, 9, 6), new(2032, 9, 13), new(2032, 9, 20)];
        foreach (var week in weeks)
        {
            (await app.SubmitAsync(family, [On(children[0], app.Lunch, week)], periodStart: week)).ShouldSucceed();
        }

        // The application was down for three weeks: every deadline passed without the job.
        app.Clock.SetParisTime(new DateTime(2032, 9, 20, 8, 0, 0));
        await app.RunClosingJobAsync();
        var first = await Task.WhenAll(weeks.Select(app.ClosedPeriodAsync));
        await app.RunClosingJobAsync();
        var second = await Task.WhenAll(weeks.Select(app.ClosedPeriodAsync));
        var again = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ClosePeriodsCommand()));

        first.ShouldAllBe(p => p != null);
        first.Select(p => p!.Headcounts.Sum(h => h.Count)).ShouldBe([1, 1, 1]);
        second.Select(p => p!.ClosedAt).ShouldBe(first.Select(p => p!.ClosedAt));
        again.ShouldSucceed().ShouldBe(0);
    }

    [Fact]
    public async Task Headcounts_are_live_while_open_and_frozen_at_closing_even_after_a_staff_correction()
    {
        app.Clock.SetParisTime(new DateTime(2033, 3, 1, 8, 0, 0));
        var week = new DateOnly(2033, 3, 7);
        var monday = week;
        var (family, children) = await app.FamilyAsync("Cuisine", "Lina", "Adam");
        (await app.SubmitAsync(family, [On(children[0], app.Lunch, monday), On(children[1], app.Lunch, monday)], periodStart: week)).ShouldSucceed();

        var live = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetHeadcountsQuery(monday)));
        app.Clock.SetParisTime(new DateTime(2033, 3, 4, 0, 0, 1));
        var tracked = await app.TrackAsync(app.RunClosingJobAsync);
        var sheet = await app.SheetAsync(family, week, forStaff: true);
        var corrected = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new CorrectBookingsCommand(
            family, week, [On(children[0], app.Lunch, monday), On(children[1], app.Lunch, monday), On(children[0], app.Lunch, monday.AddDays(1))],
            sheet.Version, app.Town.Administrator.UserId)));
        var frozen = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetHeadcountsQuery(monday)));

        live.IsFrozen.ShouldBeFalse();
        live.Rows.ShouldBe([new HeadcountRowDto(monday, app.Lunch, "1er service", "École Jules Ferry", "CP", 2)]);
        var closed = tracked.Published<PeriodClosedIntegrationEvent>().Single(e => e.PeriodStart == week);
        closed.ShouldBe(new PeriodClosedIntegrationEvent(
            ReservationsApp.Lyon, "Week", week, week.AddDays(6), new DateTimeOffset(2033, 3, 3, 23, 59, 0, TimeSpan.FromHours(1)), closed.ClosedAt, 2));
        corrected.ShouldSucceed().ShouldBe(new Contracts.SubmitBookings.BookingsSavedDto(1, 0, 960));
        frozen.IsFrozen.ShouldBeTrue();
        frozen.FrozenAt.ShouldBe(closed.ClosedAt);
        frozen.Rows.ShouldBe(live.Rows);
    }

    [Fact]
    public async Task A_staff_correction_is_recorded_with_the_staff_member_and_published()
    {
        app.Clock.SetParisTime(new DateTime(2034, 1, 2, 8, 0, 0));
        var week = new DateOnly(2034, 1, 9);
        var (family, children) = await app.FamilyAsync("Audit", "Sam");
        app.Clock.SetParisTime(new DateTime(2034, 1, 10, 8, 0, 0));
        var parent = await app.SubmitAsync(family, [On(children[0], app.Lunch, week)], periodStart: week);
        var version = (await app.SheetAsync(family, week, forStaff: true)).Version;

        var (result, messages) = await app.SendTrackedAsync(ReservationsApp.Lyon, s => s.Send(new CorrectBookingsCommand(
            family, week, [On(children[0], app.Lunch, week)], version, app.Town.Administrator.UserId)));

        parent.ShouldBeRefused("Bookings.Late");
        result.ShouldSucceed();
        var published = messages.Published<BookingsConfirmedIntegrationEvent>().ShouldHaveSingleItem();
        published.CorrectedByStaffUserId.ShouldBe(app.Town.Administrator.UserId);
        published.Booked.ShouldBe([new BookingLine(children[0], app.Lunch, week, 320)]);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession(ReservationsApp.Lyon);
        var events = await session.Events.FetchStreamAsync(FamilyBookings.StreamIdFor(ReservationsApp.Lyon, family, week));
        events.Select(e => e.Data).OfType<BookingsCorrected>().ShouldHaveSingleItem().StaffUserId.ShouldBe(app.Town.Administrator.UserId);
    }

    [Fact]
    public async Task A_price_change_dated_inside_a_closed_period_is_refused()
    {
        app.Clock.SetParisTime(new DateTime(2035, 6, 1, 8, 0, 0));
        await app.RunClosingJobAsync();
        // On Friday 1 June, this week and next week (whose deadline was Thursday 31 May) are both closed.
        var lastClosedEnd = (await app.ClosedPeriodAsync(new DateOnly(2035, 6, 4)))!.End;

        var refused = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeServicePriceCommand(app.Lunch, 340, lastClosedEnd)));
        var accepted = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeServicePriceCommand(app.Lunch, 340, lastClosedEnd.AddDays(1))));

        refused.ShouldBeRefused("Service.PriceInClosedPeriod", "EffectiveFrom");
        accepted.ShouldSucceed();
        lastClosedEnd.ShouldBe(new DateOnly(2035, 6, 10));
    }

    [Fact]
    public void The_job_is_registered_every_five_minutes_in_paris_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == ClosePeriodsJob.Id);

        job.ShouldNotBeNull($"recurring jobs: {string.Join(", ", connection.GetRecurringJobs().Select(j => j.Id))}");
        job.Id.ShouldBe("reservations:close-periods");
        job.Cron.ShouldBe("*/5 * * * *");
        job.TimeZoneId.ShouldBeOneOf("Europe/Paris", "Romance Standard Time");
    }
}

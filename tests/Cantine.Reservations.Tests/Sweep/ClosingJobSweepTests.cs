using Cantine.Reservations.Domain;
using Cantine.Reservations.Jobs;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Reservations.Tests.Sweep;

/// <summary>
/// The deadline job (`reservations:close-periods`) run at each instant of the calendar sweep closes the period of
/// today and never the period parents can still book. Its own host: closing is for ever, so the instants only move forward.
/// </summary>
public sealed class ClosingJobSweepTests(ClosingJobSweepTests.App app) : IClassFixture<ClosingJobSweepTests.App>
{
    public sealed class App : SweepApp;

    [Fact]
    public async Task At_each_instant_the_job_closes_the_current_period_and_leaves_the_open_one()
    {
        var (family, child) = await app.FamilyAsync("Fermeture");
        foreach (var instant in CalendarSweep.Instants)
        {
            app.Clock.SetParisTime(instant);
            var open = await app.SheetAsync(family, null);
            var booked = await app.BookEveryDayAsync(open, child);
            booked.IsSuccess.ShouldBeTrue($"at {instant:yyyy-MM-dd HH:mm:ss}: {string.Join("; ", booked.Errors.Select(e => e.Message))}");

            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ClosePeriodsJob>().RunAsync(CancellationToken.None);
            }

            var today = app.Clock.ParisToday();
            (await ClosedAsync(today)).ShouldNotBeNull($"the period of {today} is closed at {instant:yyyy-MM-dd HH:mm:ss}");
            (await ClosedAsync(open.PeriodStart)).ShouldBeNull($"the open period {open.PeriodStart} stays open at {instant:yyyy-MM-dd HH:mm:ss}");
        }
    }

    private async Task<ClosedPeriod?> ClosedAsync(DateOnly day)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession(SweepApp.Slug);
        return await session.LoadAsync<ClosedPeriod>(ClosedPeriod.IdFor(SweepApp.Slug, BookingPeriod.Containing(PeriodKind.Week, day)));
    }
}

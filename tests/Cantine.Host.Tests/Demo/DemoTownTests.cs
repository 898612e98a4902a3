using System.Net;
using Cantine.Attendance.Contracts.GetDayOverview;
using Cantine.Host.Demo;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Demo;

/// <summary>
/// `./cantine run` seeds the demo town: its parents book meals and its kitchen counts them (issue "Reservations",
/// "Done when"), and its past three weeks have attendance that "Présences" shows (issue #13). The seed waits for the
/// children and the bookings to reach Reservations and Attendance through the integration events.
/// </summary>
public sealed class DemoTownTests(DemoTownTests.App app) : IClassFixture<DemoTownTests.App>
{
    public sealed class App : CantineApp
    {
        public bool Seeded { get; private set; }

        protected override async Task SeedAsync() => Seeded = await Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_demo_town_has_services_bookings_a_parent_sees_and_headcounts_for_the_kitchen()
    {
        app.Seeded.ShouldBeTrue();
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync(DemoTown.Slug, "sophie.martin", DemoTown.GuardianPassword);
        var (response, page) = await parent.GetAsync($"/{DemoTown.Slug}/reservations");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var captions = page.QuerySelectorAll("table caption").Select(c => c.TextContent).ToList();
        captions.ShouldContain(c => c.Contains("Léa", StringComparison.Ordinal));
        captions.ShouldContain(c => c.Contains("Hugo", StringComparison.Ordinal));
        page.QuerySelectorAll("input[type=checkbox]:checked").Length.ShouldBeGreaterThan(0);
        page.Body!.TextContent.ShouldContain("Total Général");
        page.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Valider");

        var today = app.Clock.ParisToday();
        var history = await app.SendAsync(DemoTown.Slug, s => s.Send(new GetHeadcountsQuery(today.AddDays(-14))));
        history.Rows.Sum(r => r.Count).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_demo_familys_Presences_show_present_absent_justified_and_unbooked_days()
    {
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync(DemoTown.Slug, "sophie.martin", DemoTown.GuardianPassword);

        var (_, thisWeek) = await parent.GetAsync($"/{DemoTown.Slug}/presences");
        var previous = thisWeek.QuerySelectorAll("main a").Single(a => a.TextContent.Contains("Semaine précédente", StringComparison.Ordinal)).GetAttribute("href")!;
        var (_, lastWeek) = await parent.GetAsync(previous);

        var statuses = new[] { thisWeek, lastWeek }
            .SelectMany(p => p.QuerySelectorAll("main table.presences td[data-status]").Select(td => td.GetAttribute("data-status")))
            .ToHashSet();
        foreach (var status in new[] { "Present", "Absent", "AbsentJustified", "PresentUnbooked" })
        {
            statuses.ShouldContain(status);
        }

        lastWeek.QuerySelector("main")!.TextContent.ShouldContain("Absent justifié");
        thisWeek.QuerySelector("main")!.TextContent.ShouldContain("Présent (non réservé)");
        thisWeek.QuerySelector("main")!.TextContent.ShouldNotContain("Noah", Case.Sensitive, "another family's child");
    }

    [Fact]
    public async Task The_agents_sheets_of_the_past_days_are_validated_and_a_second_seed_changes_nothing()
    {
        var yesterdays = await OverviewsAsync();

        var again = await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

        again.ShouldBeFalse();
        var sheets = yesterdays.SelectMany(o => o.Sheets).ToList();
        sheets.ShouldNotBeEmpty();
        sheets.ShouldAllBe(s => s.IsValidated);
        sheets.ShouldAllBe(s => s.Counts.NotMarked == 0);
        (await OverviewsAsync()).SelectMany(o => o.Sheets).ShouldBe(sheets);
    }

    [Fact]
    public async Task The_family_that_forgot_to_book_the_first_open_week_is_reminded_by_email()
    {
        // The seed runs the reminder job's command once (the job then runs every quarter of an hour); Messaging sends it.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Reminders("nadia.dubois@demo.example").Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        var reminder = Reminders("nadia.dubois@demo.example").ShouldHaveSingleItem();
        reminder.TextBody!.ShouldContain("Rien n'est encore réservé pour Noah pour la semaine du");
        reminder.TextBody!.ShouldContain($"/{DemoTown.Slug}/reservations?jour=");
        Reminders("sophie.martin@demo.example").ShouldBeEmpty();
    }

    private IReadOnlyList<MimeKit.MimeMessage> Reminders(string email) =>
        [.. app.EmailsTo(email).Where(m => m.Subject?.StartsWith("Rappel : rien n'est réservé", StringComparison.Ordinal) == true)];

    private async Task<List<DayOverviewDto>> OverviewsAsync()
    {
        var today = app.Clock.ParisToday();
        var overviews = new List<DayOverviewDto>();
        for (var day = today.AddDays(-21); day < today; day = day.AddDays(1))
        {
            overviews.Add(await app.SendAsync(DemoTown.Slug, s => s.Send(new GetDayOverviewQuery(day))));
        }

        return overviews;
    }
}

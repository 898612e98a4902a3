using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Attendance.Contracts.GetFamilyAttendance;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Presences;

/// <summary>
/// "Présences" (manual §4) through the page: one read-only table per child of the family only, each day's status in
/// words, the manual's totals, the period links and "Retour"; no staff-only data; one database round trip.
/// </summary>
public sealed class PresencesPageTests(PresencesPageTests.App app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<PresencesPageTests.App>
{
    public sealed class App : CantineApp
    {
        public PresencesTown Lyon { get; private set; } = null!;

        public PresencesTown Vienne { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await PresencesTown.CreateAsync(this, "lyon");
            Vienne = await PresencesTown.CreateAsync(this, "vienne");
            (await SendAsync("lyon", s => s.Send(new ChangeChildCareNotesCommand(Lyon.Leo, "Arachides", true, "Note confidentielle du service")))).ShouldSucceed();
            await UntilTheSheetShowsTheCareNotesAsync();
        }

        public Task<PortalClient> DurandAsync() => Clients.GuardianAsync("lyon", Lyon.Reservations.Town.Family.Guardian);

        public Task<PortalClient> RouxAsync() => Clients.GuardianAsync("lyon", Lyon.Reservations.Town.OtherFamily.Guardian);

        /// <summary>The staff's sheet has Léo's allergies (so the parents' pages could leak them if they read them).</summary>
        private async Task UntilTheSheetShowsTheCareNotesAsync()
        {
            var waited = Stopwatch.StartNew();
            while ((await SendAsync("lyon", s => s.Send(new GetSheetQuery(Lyon.LastMonday, Lyon.Reservations.FirstService, PresencesTown.SchoolOfDurand))))
                   ?.Children.SingleOrDefault(c => c.ChildId == Lyon.Leo)?.Allergies != "Arachides")
            {
                waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "Attendance did not receive Léo's care notes from Accounts.");
                await Task.Delay(100);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private PresencesTown Lyon => app.Lyon;

    private static string Url(DateOnly day) => $"/lyon/presences?jour={day:yyyy-MM-dd}";

    [Fact]
    public async Task Last_week_shows_each_day_in_words_with_the_manual_totals()
    {
        var parent = await app.DurandAsync();

        var (response, page) = await parent.GetAsync(Url(Lyon.LastMonday));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Présences");
        var leo = Table(page, "DURAND Léo");
        Headers(leo).ShouldBe([.. PresencesTown.SchoolDays(Lyon.LastMonday).Select(d => $"{Letter(d)} {d:dd/MM}"), "Quantité", "Prix unitaire", "Total"]);
        Row(leo, "1er service").ShouldBe(["Présent", "Présent", "Absent", "Présent", "3", "3,20 €", "9,60 €"]);
        Row(leo, "Garderie soir").ShouldBe(["Présent", "Présent", "Non réservé", "Non réservé", "2", "1,80 €", "3,60 €"]);
        ChildTotal(leo).ShouldBe("13,20 €");
        var jade = Table(page, "DURAND Jade");
        Row(jade, "1er service").ShouldBe(["Présent", "Absent", "Absent justifié", "Présent", "2", "3,20 €", "6,40 €"]);
        Row(jade, "Garderie soir")[0].ShouldBe("Présent (non réservé)");
        foreach (var table in new[] { leo, jade })
        {
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var cells = row.QuerySelectorAll("td").Select(Text).ToList();
                Cents(cells[^1]).ShouldBe(int.Parse(cells[^3]) * Cents(cells[^2]), $"Quantité × Prix unitaire of {row.TextContent}");
            }
        }

        Cents(page.QuerySelector("[data-grand-total]")!.TextContent).ShouldBe(Cents(ChildTotal(leo)) + Cents(ChildTotal(jade)));
        page.QuerySelectorAll("main form").ShouldBeEmpty("Présences is read-only.");
        page.QuerySelectorAll("main input, main button").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_parent_sees_only_the_children_of_their_family()
    {
        var durand = await app.DurandAsync();
        var roux = await app.RouxAsync();

        var (_, durandPage) = await durand.GetAsync(Url(Lyon.LastMonday));
        var (_, rouxPage) = await roux.GetAsync(Url(Lyon.LastMonday));

        Captions(durandPage).ShouldBe(["DURAND Jade", "DURAND Léo"], ignoreOrder: true);
        durandPage.Body!.TextContent.ShouldNotContain("Tom");
        Captions(rouxPage).ShouldContain("ROUX Tom");
        Captions(rouxPage).ShouldNotContain("DURAND Léo");
        Row(Table(rouxPage, "ROUX Tom"), "1er service").ShouldBe(["Présent", "Présent", "Présent", "Présent", "4", "3,20 €", "12,80 €"]);
        durandPage.QuerySelectorAll("main table[data-child]").Select(t => t.GetAttribute("data-child")).ShouldBe([Lyon.Jade.ToString(), Lyon.Leo.ToString()], ignoreOrder: true);
    }

    [Theory]
    [InlineData("/vienne/presences")]
    [InlineData("/vienne/presences/absence")]
    public async Task A_parent_of_another_town_and_a_visitor_are_sent_to_sign_in(string url)
    {
        var lyonParent = await app.DurandAsync();
        using var visitor = app.CreatePortalClient();

        var (byParent, _) = await lyonParent.GetAsync(url);
        var (byVisitor, _) = await visitor.GetAsync(url.Replace("/vienne/", "/lyon/", StringComparison.Ordinal));

        PortalClient.Location(byParent).ShouldStartWith("/vienne?retour=");
        PortalClient.Location(byVisitor).ShouldStartWith("/lyon?retour=");
    }

    [Fact]
    public async Task Another_towns_family_id_reaches_nothing_of_this_town()
    {
        var attendance = await app.SendAsync("vienne", s => s.Send(new GetFamilyAttendanceQuery(Lyon.Reservations.Town.Family.FamilyId, Lyon.LastMonday)));

        (attendance?.Children ?? []).ShouldBeEmpty();
    }

    [Fact]
    public async Task No_staff_only_care_data_reaches_the_parents_pages()
    {
        var parent = await app.DurandAsync();

        foreach (var url in new[] { Url(Lyon.LastMonday), "/lyon/presences", "/lyon/presences/absence" })
        {
            var (response, page) = await parent.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            page.Body!.TextContent.ShouldNotContain("Arachides", Case.Insensitive, url);
            page.Body!.TextContent.ShouldNotContain("Note confidentielle", Case.Insensitive, url);
            page.Body!.TextContent.ShouldNotContain("PAI", Case.Sensitive, url);
            page.Body!.TextContent.ShouldNotContain("allergi", Case.Insensitive, url);
        }
    }

    [Fact]
    public async Task The_period_links_go_to_the_previous_and_next_weeks_and_Retour_goes_home()
    {
        var parent = await app.DurandAsync();

        var (_, thisWeek) = await parent.GetAsync("/lyon/presences");
        var previous = Link(thisWeek, "Semaine précédente");
        var (_, lastWeek) = await parent.GetAsync(previous);
        var next = Link(lastWeek, "Semaine suivante");

        Headers(Table(thisWeek, "DURAND Léo"))[0].ShouldBe($"L {Lyon.ThisMonday:dd/MM}");
        Row(Table(thisWeek, "DURAND Léo"), "1er service")[0].ShouldBe("—", "Monday is past and nobody marked it");
        Row(Table(thisWeek, "DURAND Léo"), "1er service")[1].ShouldBe("Réservé", "today is booked, not marked yet");
        previous.ShouldBe(Url(Lyon.LastMonday));
        Row(Table(lastWeek, "DURAND Léo"), "1er service")[2].ShouldBe("Absent");
        next.ShouldBe(Url(Lyon.ThisMonday));
        Link(thisWeek, "Retour").ShouldBe("/lyon/accueil");
        Link(thisWeek, "Signaler une absence").ShouldBe("/lyon/presences/absence");
        thisWeek.QuerySelector("nav.band a[aria-current=page]")!.TextContent.ShouldBe("Présences");
    }

    [Fact]
    public async Task The_page_costs_one_database_round_trip_beyond_the_sign_in_check()
    {
        var parent = await app.DurandAsync();
        await parent.GetAsync(Url(Lyon.LastMonday));

        var page = await SqlRoundTrips.OfRequestAsync(parent, Url(Lyon.LastMonday));
        var home = await SqlRoundTrips.OfRequestAsync(parent, "/lyon/mot-de-passe");
        var query = await SqlRoundTrips.OfAsync(() => app.SendAsync("lyon", s => s.Send(new GetFamilyAttendanceQuery(Lyon.Reservations.Town.Family.FamilyId, Lyon.LastMonday))));

        output.WriteLine("GET presences:\n" + string.Join("\n", page) + "\nGET mot-de-passe:\n" + string.Join("\n", home));
        query.Count.ShouldBe(1, string.Join("\n", query));
        page.Count.ShouldBe(home.Count + 1, "page:\n" + string.Join("\n", page) + "\nbaseline:\n" + string.Join("\n", home));
    }

    private static IElement Table(IHtmlDocument page, string caption) =>
        page.QuerySelectorAll("main table").SingleOrDefault(t => t.QuerySelector("caption")?.TextContent == caption)
        ?? throw new ShouldAssertException($"No table '{caption}' among: {string.Join(", ", Captions(page))}");

    private static List<string> Captions(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main table caption").Select(c => c.TextContent).Where(c => c != "Total Général")];

    private static List<string> Headers(IElement table) =>
        [.. table.QuerySelectorAll("thead th").Skip(1).Select(th => th.QuerySelector("[aria-hidden=true]")?.TextContent ?? th.TextContent)];

    private static List<string> Row(IElement table, string service) =>
        [.. (table.QuerySelectorAll("tbody tr").SingleOrDefault(r => r.QuerySelector("th")?.TextContent == service)
            ?? throw new ShouldAssertException($"No row '{service}'")).QuerySelectorAll("td").Select(Text)];

    private static string ChildTotal(IElement table) => Text(table.QuerySelector("[data-child-total]")!);

    private static string Link(IHtmlDocument page, string text) =>
        page.QuerySelectorAll("main a").Single(a => a.TextContent.Contains(text, StringComparison.Ordinal)).GetAttribute("href")!;

    /// <summary>What a sighted reader sees in a cell (the screen reader's hidden words left out).</summary>
    private static string Text(IElement cell)
    {
        var copy = (IElement)cell.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".sr-only").ToList())
        {
            hidden.Remove();
        }

        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00a0', ' ');
    }

    private static int Cents(string euros) => (int)(decimal.Parse(euros.Replace("€", string.Empty).Replace('\u00a0', ' ').Trim(), System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) * 100);

    private static string Letter(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => "L",
        DayOfWeek.Tuesday => "M",
        DayOfWeek.Wednesday => "Me",
        DayOfWeek.Thursday => "J",
        _ => "V",
    };

    [Fact]
    public async Task Each_page_costs_one_round_trip()
    {
        var parent = await app.DurandAsync();
        (await parent.GetAsync("/lyon/presences")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var statements = await SqlRoundTrips.OfRequestAsync(parent, "/lyon/presences");

        // The session check was cached by the first visit (ADR 0030).
        statements.Count.ShouldBe(1, string.Join("\n---\n", statements));
    }
}

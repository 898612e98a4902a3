using System.Globalization;
using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Reservations;

/// <summary>
/// "Réservations" (manual §3.1, §3.2) through the page as a browser without JavaScript sends it: the grid with
/// the manual's labels, "Valider" and its confirmation, totals to the cent, and every refusal shown in French
/// with nothing written and nothing the parent ticked lost. Each test books its own week.
/// </summary>
public sealed class ParentBookingPageTests(ParentBookingPageTests.App app) : IClassFixture<ParentBookingPageTests.App>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public sealed class App : CantineApp
    {
        public ReservationsTown Lyon { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        /// <summary>The first week the parents can still book, by the host's clock.</summary>
        public DateOnly OpenWeek { get; private set; }

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await ReservationsTown.CreateAsync(this, "lyon");
            OpenWeek = await Lyon.OpenWeekAsync(this);
        }

        public Task<PortalClient> ParentAsync() => Clients.GuardianAsync("lyon", Lyon.Town.Family.Guardian);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private ReservationsTown Lyon => app.Lyon;

    private Guid Durand => Lyon.Town.Family.FamilyId;

    private static string Url(DateOnly day) => $"/lyon/reservations?jour={day:yyyy-MM-dd}";

    private DateOnly Week(int index) => app.OpenWeek.AddDays(7 * index);

    private async Task<IReadOnlyList<DateOnly>> BookableDaysAsync(DateOnly week)
    {
        var sheet = await Lyon.SheetAsync(app, Durand, week);
        return sheet.Children.First().Rows.First().Cells.Where(c => c.Bookable).Select(c => c.Date).ToList();
    }

    [Fact]
    public async Task The_page_shows_the_manual_grid_with_its_deadline_and_period_links()
    {
        var parent = await app.ParentAsync();
        var week = Week(0);
        var sheet = await Lyon.SheetAsync(app, Durand, week);

        var (_, home) = await parent.GetAsync("/lyon/accueil");
        var (response, page) = await parent.GetAsync("/lyon/reservations?jour=" + week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        home.QuerySelectorAll("nav.band a").First().TextContent.ShouldBe("Réservations");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Réservations");
        page.QuerySelector("nav.band a[aria-current=page]")!.TextContent.ShouldBe("Réservations");
        var paris = TimeZoneInfo.ConvertTime(sheet.Deadline, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Html.Text(page.QuerySelector(".deadline")).ShouldBe($"Réservations possibles jusqu'au {paris.ToString("dddd d MMMM yyyy", French)} à 23 h 59.");
        var links = page.QuerySelectorAll("nav.period-nav a").ToList();
        Html.Text(links[0]).ShouldBe("<< Semaine précédente");
        links[0].GetAttribute("href").ShouldBe(Url(sheet.PreviousPeriodStart));
        Html.Text(links[1]).ShouldBe("Semaine suivante >>");
        links[1].GetAttribute("href").ShouldBe(Url(sheet.NextPeriodStart));

        page.QuerySelectorAll("table.booking caption").Select(Html.Text).ShouldBe(["DURAND Jade", "DURAND Léo"], ignoreOrder: true);
        var headers = BookingForm.Table(page, "DURAND Jade").QuerySelectorAll("thead th").Select(Html.Text).ToList();
        headers[0].ShouldBe("DURAND Jade Prestation");
        var monday = sheet.PeriodStart;
        headers[1].ShouldBe($"L {monday:dd/MM} {monday.ToString("dddd d MMMM", French)}");
        headers[^3..].ShouldBe(["Quantité", "Prix unitaire", "Total"]);
        BookingForm.Row(page, "DURAND Jade", "1er service")[^3..].ShouldBe(["0", "3,20 €", "0,00 €"]);
        BookingForm.Row(page, "DURAND Jade", "Garderie soir")[^2].ShouldBe("1,80 €");
        // Issue #17: the box's name says the child, the service and the day; the visible day is for the phone layout only.
        var label = page.QuerySelector($"label[for='c-{BookingForm.Key(Lyon.Jade, Lyon.FirstService, monday)}']")!;
        Html.Text(label.QuerySelector(".sr-only")).ShouldBe($"Jade Durand, 1er service, {monday.ToString("dddd d MMMM", French)}");
        label.QuerySelector(".booking-label-day")!.GetAttribute("aria-hidden").ShouldBe("true");
        Html.Text(label.QuerySelector(".booking-label-day")).ShouldBe($"L {monday:dd/MM}");
        BookingForm.GrandTotal(page).ShouldBe("0,00 €");
        Html.Text(page.QuerySelector("table.grand-total th")).ShouldBe("Total Général");
        page.QuerySelector("main form.booking-form button[type=submit]")!.TextContent.ShouldBe("Valider");
        page.QuerySelector("main form.booking-form a.button")!.GetAttribute("href").ShouldBe("/lyon/accueil");
        page.QuerySelector("main form.booking-form a.button")!.TextContent.ShouldBe("Retour");
        page.QuerySelector("script[src^='/js/reservations.js']").ShouldNotBeNull();
        page.QuerySelector("script:not([src])").ShouldBeNull();
    }

    [Fact]
    public async Task Valider_books_every_child_at_once_and_shows_the_totals_to_the_cent()
    {
        var parent = await app.ParentAsync();
        var week = Week(1);
        var days = await BookableDaysAsync(week);
        var (_, page) = await BookingForm.LoadAsync(parent, Url(week));

        var response = await BookingForm.SubmitAsync(parent, page,
        [
            BookingForm.Key(Lyon.Jade, Lyon.FirstService, days[0]), BookingForm.Key(Lyon.Jade, Lyon.FirstService, days[1]),
            BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[0]), BookingForm.Key(Lyon.Leo, Lyon.EveningCare, days[2]),
        ]);

        PortalClient.Location(response).ShouldBe(Url(week));
        var (_, after) = await parent.GetAsync(PortalClient.Location(response));
        after.Confirmation().ShouldBe("Vos réservations ont été enregistrées.");
        BookingForm.Row(after, "DURAND Jade", "1er service")[^3..].ShouldBe(["2", "3,20 €", "6,40 €"]);
        BookingForm.ChildTotal(after, "DURAND Jade").ShouldBe("6,40 €");
        BookingForm.Row(after, "DURAND Léo", "Garderie soir")[^3..].ShouldBe(["1", "1,80 €", "1,80 €"]);
        BookingForm.ChildTotal(after, "DURAND Léo").ShouldBe("5,00 €");
        BookingForm.GrandTotal(after).ShouldBe("11,40 €");
        BookingForm.Box(after, BookingForm.Key(Lyon.Jade, Lyon.FirstService, days[1])).IsChecked.ShouldBeTrue();
        (await Lyon.SheetAsync(app, Durand, week)).GrandTotalCents.ShouldBe(1140);
    }

    [Fact]
    public async Task Unticking_a_day_cancels_it()
    {
        var parent = await app.ParentAsync();
        var week = Week(2);
        var days = await BookableDaysAsync(week);
        var (_, page) = await BookingForm.LoadAsync(parent, Url(week));
        (await BookingForm.SubmitAsync(parent, page, [BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[0]), BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[1])]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, booked) = await BookingForm.LoadAsync(parent, Url(week));

        var response = await BookingForm.SubmitAsync(parent, booked, [BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[1])]);

        PortalClient.Location(response).ShouldBe(Url(week));
        var (_, after) = await parent.GetAsync(Url(week));
        BookingForm.Row(after, "DURAND Léo", "1er service")[^3..].ShouldBe(["1", "3,20 €", "3,20 €"]);
        BookingForm.Box(after, BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[0])).IsChecked.ShouldBeFalse();
    }

    [Fact]
    public async Task Refuses_changes_after_the_deadline_and_shows_the_period_read_only()
    {
        var parent = await app.ParentAsync();
        var today = app.Clock.ParisToday();
        var sheet = await Lyon.SheetAsync(app, Durand, today);
        var (_, page) = await BookingForm.LoadAsync(parent, Url(today));
        var day = sheet.Days[^1];

        Html.Text(page.QuerySelector(".deadline")).ShouldStartWith("Date butoir passée (");
        Html.Text(page.QuerySelector(".deadline")).ShouldContain("cette période n'est plus modifiable");
        page.QuerySelector("main form.booking-form button[type=submit]").ShouldBeNull();
        page.QuerySelectorAll("table.booking input[type=checkbox]").ShouldAllBe(i => i.HasAttribute("disabled"));

        // A forged "Valider" (the page's own hidden fields, a box ticked by hand) is refused by the server.
        var response = await BookingForm.SubmitAsync(parent, page, [BookingForm.Key(Lyon.Leo, Lyon.FirstService, day)]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await response.ReadPageAsync();
        refused.Errors().ShouldHaveSingleItem().ShouldContain("date butoir");
        refused.Confirmation().ShouldBeNull();
        (await Lyon.SheetAsync(app, Durand, today)).GrandTotalCents.ShouldBe(sheet.GrandTotalCents);
    }

    [Fact]
    public async Task A_child_of_another_family_is_refused_and_nothing_is_written()
    {
        var parent = await app.ParentAsync();
        var week = Week(3);
        var days = await BookableDaysAsync(week);
        var (_, page) = await BookingForm.LoadAsync(parent, Url(week));
        var mine = BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[0]);

        var response = await BookingForm.SubmitAsync(parent, page, [mine, BookingForm.Key(Lyon.Tom, Lyon.FirstService, days[0])]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await response.ReadPageAsync();
        refused.Errors().ShouldHaveSingleItem();
        refused.Confirmation().ShouldBeNull();
        // What the parent ticked is still ticked, ready to send again without the forged box.
        BookingForm.Box(refused, mine).IsChecked.ShouldBeTrue();
        BookingForm.Row(refused, "DURAND Léo", "1er service")[^3..].ShouldBe(["1", "3,20 €", "3,20 €"]);
        (await Lyon.SheetAsync(app, Durand, week)).GrandTotalCents.ShouldBe(0);
        (await Lyon.SheetAsync(app, Lyon.Town.OtherFamily.FamilyId, week)).GrandTotalCents.ShouldBe(0);
    }

    [Fact]
    public async Task A_second_tab_with_an_old_version_is_told_to_reload_and_loses_nothing_saved()
    {
        var parent = await app.ParentAsync();
        var week = Week(4);
        var days = await BookableDaysAsync(week);
        var (_, first) = await BookingForm.LoadAsync(parent, Url(week));
        var (_, second) = await BookingForm.LoadAsync(parent, Url(week));
        (await BookingForm.SubmitAsync(parent, first, [BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[0])])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await BookingForm.SubmitAsync(parent, second, [BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[1])]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await response.ReadPageAsync();
        refused.Errors().ShouldHaveSingleItem();
        refused.QuerySelector($"main a[href='{Url(week)}']")!.TextContent.ShouldContain("Recharger la page");
        var saved = await Lyon.SheetAsync(app, Durand, week);
        saved.Children.Single(c => c.ChildId == Lyon.Leo).Rows.Single(r => r.ServiceId == Lyon.FirstService).Quantity.ShouldBe(1);
        saved.Children.Single(c => c.ChildId == Lyon.Leo).Rows.Single(r => r.ServiceId == Lyon.FirstService).Cells.Single(c => c.Date == days[0]).Booked.ShouldBeTrue();
    }

    [Fact]
    public async Task The_same_form_sent_twice_books_once()
    {
        var parent = await app.ParentAsync();
        var week = Week(5);
        var days = await BookableDaysAsync(week);
        var (_, page) = await BookingForm.LoadAsync(parent, Url(week));
        string[] ticked = [BookingForm.Key(Lyon.Jade, Lyon.EveningCare, days[0])];

        var once = await BookingForm.SubmitAsync(parent, page, ticked);
        var twice = await BookingForm.SubmitAsync(parent, page, ticked);

        once.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        twice.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Lyon.SheetAsync(app, Durand, week)).GrandTotalCents.ShouldBe(ReservationsTown.EveningCareCents);
    }

    [Fact]
    public async Task The_next_week_link_leads_to_the_following_period()
    {
        var parent = await app.ParentAsync();
        var week = Week(6);
        var (_, page) = await BookingForm.LoadAsync(parent, Url(week));
        var next = page.QuerySelectorAll("nav.period-nav a").Last().GetAttribute("href")!;

        var (response, following) = await parent.GetAsync(next);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var sheet = await Lyon.SheetAsync(app, Durand, week);
        next.ShouldBe(Url(sheet.NextPeriodStart));
        Html.Text(following.QuerySelector(".period-title")).ShouldContain(sheet.NextPeriodStart.ToString("dddd d MMMM", French));
    }

    [Fact]
    public async Task Copying_the_week_fills_the_following_weeks_and_says_which()
    {
        var parent = await app.ParentAsync();
        var week = Week(7);
        var days = await BookableDaysAsync(week);
        var (_, page) = await BookingForm.LoadAsync(parent, Url(week));
        (await BookingForm.SubmitAsync(parent, page, [BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[0])])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sheet = await Lyon.SheetAsync(app, Durand, week);
        var until = sheet.NextPeriodStart.AddDays(11);

        var response = await parent.SubmitAsync(Url(week), new Dictionary<string, string>
        {
            ["RecopierJusquau"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, "handler=Recopier");

        PortalClient.Location(response).ShouldBe(Url(week));
        var (_, after) = await parent.GetAsync(Url(week));
        after.QuerySelectorAll(".copy-filled").Select(Html.Text).ShouldBe(
        [
            $"Période du {sheet.NextPeriodStart:dd/MM/yyyy} remplie.", $"Période du {sheet.NextPeriodStart.AddDays(7):dd/MM/yyyy} remplie.",
        ]);
        (await Lyon.SheetAsync(app, Durand, sheet.NextPeriodStart)).GrandTotalCents.ShouldBe(ReservationsTown.FirstServiceCents);
        (await Lyon.SheetAsync(app, Durand, sheet.NextPeriodStart.AddDays(7))).GrandTotalCents.ShouldBe(ReservationsTown.FirstServiceCents);
    }

    [Fact]
    public async Task Valider_without_the_antiforgery_token_is_refused()
    {
        var parent = await app.ParentAsync();
        var week = Week(10); // the copy test fills weeks 8 and 9
        var days = await BookableDaysAsync(week);
        var (_, page) = await BookingForm.LoadAsync(parent, Url(week));

        var response = await BookingForm.SubmitAsync(parent, page, [BookingForm.Key(Lyon.Leo, Lyon.FirstService, days[0])], withToken: false);
        var copy = await parent.SubmitWithoutTokenAsync(Url(week), new Dictionary<string, string> { ["RecopierJusquau"] = "2099-01-01" }, "handler=Recopier");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        copy.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Lyon.SheetAsync(app, Durand, week)).GrandTotalCents.ShouldBe(0);
    }

    [Fact]
    public async Task Each_page_costs_one_round_trip()
    {
        var parent = await app.ParentAsync();
        (await parent.GetAsync(Url(Week(0)))).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var statements = await SqlRoundTrips.OfRequestAsync(parent, Url(Week(0)));

        // The session check and the town's calendar and services were cached by the first visit (ADR 0030).
        statements.Count.ShouldBe(1, string.Join("\n---\n", statements));
    }
}

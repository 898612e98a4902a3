using AngleSharp.Html.Dom;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.Host.Tests.Support;
using Cantine.Invoicing.Contracts.GetFamilyInvoices;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.RecordPayment;
using Cantine.Messaging.Contracts.ReplyToThread;
using Cantine.Messaging.Contracts.SendContactMessage;
using Cantine.Reservations.Contracts.SubmitBookings;
using Xunit.Abstractions;

namespace Cantine.Host.Tests.Family;

/// <summary>
/// The family home (issue #17, ADR 0032): after sign-in, what to do, each a link to the page that acts on it — the deadline of
/// each open period in the town's words (week or month), the periods with a child enrolled and nothing booked, unpaid
/// invoices, unread replies, new documents — or one calm line; then the children and guardians. One round trip. The clock
/// is the test's: Tuesday 10 September 2030, 10:00 in Paris, unless a test moves it.
/// </summary>
public sealed class HomePageTests(HomePageTests.App app, ITestOutputHelper output) : IClassFixture<HomePageTests.App>
{
    private static readonly DateTime Today = new(2030, 9, 10, 10, 0, 0);

    public sealed class App : CantineApp
    {
        /// <summary>Weekly periods, two families with enrolled children, nothing booked.</summary>
        public ReservationsTown Lyon { get; private set; } = null!;

        /// <summary>Monthly periods.</summary>
        public ReservationsTown Grenoble { get; private set; } = null!;

        /// <summary>Invoices (Durand: July overdue, August to pay), messages and documents.</summary>
        public FacturesTown Vienne { get; private set; } = null!;

        /// <summary>A town with no service yet: nothing to book, pay or read.</summary>
        public TestTown Annecy { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await ReservationsTown.CreateAsync(this, "lyon");
            Grenoble = await ReservationsTown.CreateAsync(this, "grenoble", periodKind: "Month");
            Vienne = await FacturesTown.CreateAsync(this, "vienne");
            Annecy = await TestTown.CreateAsync(this, "annecy");
        }

        public Task<PortalClient> GuardianAsync(string slug, TestFamily family)
        {
            Clock.SetParisTime(Today);
            return Clients.GuardianAsync(slug, family.Guardian);
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private static async Task<IHtmlDocument> HomeAsync(PortalClient client, string slug)
    {
        var (response, page) = await client.GetAsync($"/{slug}/accueil");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        return page;
    }

    /// <summary>Each to-do item as "link text | detail | href".</summary>
    private static List<string> Todo(IHtmlDocument page, string section = ".home-todo") =>
        [.. page.QuerySelectorAll($"{section} ul.todo li").Select(li =>
            $"{Html.Text(li.QuerySelector("a"))} | {Html.Text(li.QuerySelector(".todo-detail"))} | {li.QuerySelector("a")!.GetAttribute("href")}")];

    [Fact]
    public async Task Shows_each_open_weeks_deadline_and_who_has_nothing_booked_each_a_link_to_its_week()
    {
        var roux = await app.GuardianAsync("lyon", app.Lyon.Town.OtherFamily);

        var page = await HomeAsync(roux, "lyon");

        page.Heading().ShouldStartWith("Bonjour");
        Todo(page).ShouldBe(
        [
            "Réservations de la semaine du 16 septembre : jusqu'au jeudi 12 septembre à 23 h 59 | Rien n'est encore réservé pour Jade et Tom. | /lyon/reservations?jour=2030-09-16",
            "Réservations de la semaine du 23 septembre : jusqu'au jeudi 19 septembre à 23 h 59 | Rien n'est encore réservé pour Jade et Tom. | /lyon/reservations?jour=2030-09-23",
        ]);
        page.QuerySelector(".calm").ShouldBeNull();
        page.QuerySelector(".home-deadlines").ShouldBeNull();
        page.QuerySelectorAll("h3").Select(Html.Text).ShouldBe(["Enfants", "Responsables"]);
    }

    [Fact]
    public async Task The_deadline_of_a_monthly_town_names_the_month()
    {
        var durand = await app.GuardianAsync("grenoble", app.Grenoble.Town.Family);

        var page = await HomeAsync(durand, "grenoble");

        Todo(page).ShouldBe(
        [
            "Réservations du mois d'octobre 2030 : jusqu'au vendredi 20 septembre à 23 h 59 | Rien n'est encore réservé pour Jade et Léo. | /grenoble/reservations?jour=2030-10-01",
        ]);
    }

    [Fact]
    public async Task An_unbooked_week_is_listed_until_each_child_has_something_booked_then_only_its_deadline_remains()
    {
        var durand = await app.GuardianAsync("lyon", app.Lyon.Town.Family);
        var week = new DateOnly(2030, 9, 23);
        Todo(await HomeAsync(durand, "lyon"))[1].ShouldStartWith("Réservations de la semaine du 23 septembre : jusqu'au jeudi 19 septembre à 23 h 59 | Rien n'est encore réservé pour Jade et Léo.");

        await BookAsync(week, 1, (app.Lyon.Jade, app.Lyon.FirstService, week));
        Todo(await HomeAsync(durand, "lyon"))[1].ShouldStartWith("Réservations de la semaine du 23 septembre : jusqu'au jeudi 19 septembre à 23 h 59 | Rien n'est encore réservé pour Léo.");

        await BookAsync(week, 2, (app.Lyon.Jade, app.Lyon.FirstService, week), (app.Lyon.Leo, app.Lyon.EveningCare, week.AddDays(3)));
        var page = await HomeAsync(durand, "lyon");

        Todo(page).ShouldHaveSingleItem().ShouldContain("semaine du 16 septembre");
        Todo(page, ".home-deadlines").ShouldBe(
        [
            "Réservations de la semaine du 23 septembre : jusqu'au jeudi 19 septembre à 23 h 59 | Déjà réservé ; vous pouvez encore modifier. | /lyon/reservations?jour=2030-09-23",
        ]);
    }

    [Fact]
    public async Task A_week_whose_deadline_passed_leaves_the_home()
    {
        var roux = await app.GuardianAsync("lyon", app.Lyon.Town.OtherFamily);
        app.Clock.SetParisTime(new DateTime(2030, 9, 13, 0, 0, 0));

        var page = await HomeAsync(roux, "lyon");

        Todo(page).Select(t => t.Split(" | ")[0]).ShouldBe(
        [
            "Réservations de la semaine du 23 septembre : jusqu'au jeudi 19 septembre à 23 h 59",
            "Réservations de la semaine du 30 septembre : jusqu'au jeudi 26 septembre à 23 h 59",
        ]);
    }

    [Fact]
    public async Task Unpaid_invoices_are_listed_with_their_amount_and_due_date_until_paid()
    {
        var durand = await app.GuardianAsync("vienne", app.Vienne.Town.Family);
        var invoices = await app.SendAsync("vienne", s => s.Send(new GetFamilyInvoicesQuery(app.Vienne.Town.Family.FamilyId)));
        var july = invoices.Invoices.Single(i => i.Id == app.Vienne.July);
        var august = invoices.Invoices.Single(i => i.Id == app.Vienne.August);

        Todo(await HomeAsync(durand, "vienne")).Where(t => t.StartsWith("Facture", StringComparison.Ordinal)).ShouldBe(
        [
            $"Facture {FacturesTown.JulyNumber} (juillet 2030) : {Euros(july.RemainingCents)} à payer | En retard : échéance le {Day(july.DueOn)}. | /vienne/factures/{app.Vienne.July}",
            $"Facture {FacturesTown.AugustNumber} (août 2030) : {Euros(august.RemainingCents)} à payer | À régler au plus tard le {Day(august.DueOn)}. | /vienne/factures/{app.Vienne.August}",
        ]);

        (await app.SendAsync("vienne", s => s.Send(new RecordPaymentCommand(
            app.Vienne.July, Guid.NewGuid(), july.RemainingCents, new DateOnly(2030, 9, 10), PaymentMethod.Cheque, "Chèque 42",
            app.Vienne.Town.Administrator.UserId, "Anne Admin")))).IsSuccess.ShouldBeTrue();

        Todo(await HomeAsync(durand, "vienne")).Where(t => t.StartsWith("Facture", StringComparison.Ordinal)).ShouldHaveSingleItem()
            .ShouldStartWith($"Facture {FacturesTown.AugustNumber}");
        Todo(await HomeAsync(await app.GuardianAsync("vienne", app.Vienne.Town.OtherFamily), "vienne"))
            .Where(t => t.StartsWith("Facture", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldStartWith($"Facture {FacturesTown.RouxAugustNumber}");
    }

    [Fact]
    public async Task A_reply_from_the_service_is_listed_until_the_family_opens_the_thread()
    {
        var family = app.Vienne.Town.Family;
        var durand = await app.GuardianAsync("vienne", family);
        var thread = (await app.SendAsync("vienne", s => s.Send(new SendContactMessageCommand(
            family.FamilyId, family.Guardian.UserId, "Marie Durand", family.Guardian.Email, "Menus sans porc", "Bonjour, est-ce possible ?", null, null)))).Value;
        Todo(await HomeAsync(durand, "vienne")).ShouldNotContain(t => t.StartsWith("Réponse", StringComparison.Ordinal));

        app.Clock.SetParisTime(Today.AddHours(2));
        (await app.SendAsync("vienne", s => s.Send(new ReplyToThreadCommand(thread, app.Vienne.Town.Administrator.UserId, "Anne Admin", "Oui, bien sûr."))))
            .IsSuccess.ShouldBeTrue();

        Todo(await HomeAsync(durand, "vienne")).ShouldContain(
            $"Réponse du service à votre message « Menus sans porc » | Reçue le mardi 10 septembre à 12 h 00. | /vienne/mes-messages/{thread}");
        Todo(await HomeAsync(await app.GuardianAsync("vienne", app.Vienne.Town.OtherFamily), "vienne"))
            .ShouldNotContain(t => t.StartsWith("Réponse", StringComparison.Ordinal));

        var (opened, _) = await durand.GetAsync($"/vienne/mes-messages/{thread}");
        opened.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

        Todo(await HomeAsync(durand, "vienne")).ShouldNotContain(t => t.StartsWith("Réponse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_is_new_for_fourteen_days_after_its_publication()
    {
        var durand = await app.GuardianAsync("vienne", app.Vienne.Town.Family);
        (await app.SendAsync("vienne", s => s.Send(new PublishDocumentCommand("Menus de septembre", "Menus", "menus.pdf", TestFiles.Menu, null, null))))
            .IsSuccess.ShouldBeTrue();

        Todo(await HomeAsync(durand, "vienne")).ShouldContain("Nouveau document : Menus de septembre | Publié le 10 septembre 2030. | /vienne/documents");

        app.Clock.SetParisTime(Today.AddDays(13));
        Todo(await HomeAsync(durand, "vienne")).ShouldContain(t => t.StartsWith("Nouveau document : Menus de septembre", StringComparison.Ordinal));
        app.Clock.SetParisTime(Today.AddDays(14));
        Todo(await HomeAsync(durand, "vienne")).ShouldNotContain(t => t.StartsWith("Nouveau document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_to_do_is_one_calm_line_with_no_empty_lists()
    {
        var durand = await app.GuardianAsync("annecy", app.Annecy.Family);

        var page = await HomeAsync(durand, "annecy");

        Html.Text(page.QuerySelector(".home-todo .calm")).ShouldBe("Tout est à jour : rien à réserver, à payer ni à lire pour le moment.");
        page.QuerySelectorAll("main ul.todo").ShouldBeEmpty();
        page.QuerySelector(".home-deadlines").ShouldBeNull();
        Html.Text(page.QuerySelector("main .card ul.plain")).ShouldContain("Jade Durand");
    }

    [Fact]
    public async Task The_page_costs_one_round_trip()
    {
        var durand = await app.GuardianAsync("vienne", app.Vienne.Town.Family);
        await HomeAsync(durand, "vienne"); // the session check and the town's calendar are cached from here

        var statements = await SqlRoundTrips.OfRequestAsync(durand, "/vienne/accueil");

        output.WriteLine(string.Join("\n", statements));
        statements.Count.ShouldBe(1);
    }

    private async Task BookAsync(DateOnly week, int attempt, params (Guid Child, Guid Service, DateOnly Day)[] cells)
    {
        var sheet = await app.Lyon.SheetAsync(app, app.Lyon.Town.Family.FamilyId, week);
        var result = await app.SendAsync("lyon", s => s.Send(new SubmitBookingsCommand(
            app.Lyon.Town.Family.FamilyId, week, [.. cells.Select(c => new BookingCellInput(c.Child, c.Service, c.Day))], sheet.Version, Guid.NewGuid())));
        result.IsSuccess.ShouldBeTrue($"booking {attempt}: " + string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private static string Euros(int cents) => Cantine.Host.Pages.Factures.FacturesFormat.Euros(cents).Replace('\u00a0', ' ');

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}

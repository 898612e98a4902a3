using System.Text.RegularExpressions;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;
using Cantine.Messaging.Contracts.ReplyToThread;
using Cantine.Messaging.Contracts.SendContactMessage;

namespace Cantine.EndToEnd.Accueil;

/// <summary>
/// The family home after sign-in (issue #17, ADR 0032) in Chromium at 360 and 1280 px: what to do, each item a link to the
/// page that acts on it, or one calm line; no horizontal scrolling, zero axe-core violations, screenshots in the artifacts.
/// </summary>
public sealed class HomeTests(HomeTests.App app, Chromium chromium) : IClassFixture<HomeTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        /// <summary>Weekly bookings open, nothing booked, a reply from the service and a new document.</summary>
        public ReservationsTown Rennes { get; private set; } = null!;

        /// <summary>Invoices left to pay (one overdue).</summary>
        public FacturesTown Nantes { get; private set; } = null!;

        /// <summary>No service yet: nothing to do.</summary>
        public TestTown Brest { get; private set; } = null!;

        protected override DateTimeOffset StartsAt => TestClock.AtParis(FacturesTown.Today);

        protected override async Task SeedAsync()
        {
            Rennes = await ReservationsTown.CreateAsync(this, "rennes");
            Nantes = await FacturesTown.CreateAsync(this, "nantes");
            Brest = await TestTown.CreateAsync(this, "brest");
            var family = Rennes.Town.Family;
            var thread = (await SendAsync("rennes", s => s.Send(new SendContactMessageCommand(
                family.FamilyId, family.Guardian.UserId, "Marie Durand", family.Guardian.Email, "Repas sans porc pour Léo à partir de la rentrée",
                "Bonjour, est-ce possible ?", null, null)))).Value;
            (await SendAsync("rennes", s => s.Send(new ReplyToThreadCommand(thread, Rennes.Town.Administrator.UserId, "Anne Admin", "Oui, c'est noté."))))
                .IsSuccess.ShouldBeTrue();
            (await SendAsync("rennes", s => s.Send(new PublishDocumentCommand(
                "Menus du mois de septembre et d'octobre (restauration scolaire)", "Menus", "menus.pdf", TestFiles.Menu, null, null)))).IsSuccess.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task After_sign_in_the_home_lists_what_to_do_each_a_link_to_the_page_that_acts_on_it()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/rennes");
        await page.SignInAsync(app.Rennes.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/rennes/accueil$"));

        var todo = page.GetByRole(AriaRole.Region, new() { Name = "À faire" });
        await Expect(todo.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
        await Expect(todo.GetByRole(AriaRole.Link, new() { Name = "Réservations de la semaine du 16 septembre : jusqu'au jeudi 12 septembre à 23 h 59" }))
            .ToBeVisibleAsync();
        await Expect(todo).ToContainTextAsync("Rien n'est encore réservé pour Jade et Léo.");
        await Expect(todo.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Réponse du service à votre message") })).ToBeVisibleAsync();
        await Expect(todo.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Nouveau document : Menus du mois") })).ToBeVisibleAsync();
        await browser.CheckAsync("accueil-a-faire");

        // The reply's link opens the thread; back home, it is no longer listed.
        await todo.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Réponse du service") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/rennes/mes-messages/[0-9a-f-]+$"));
        await Expect(page.Locator("main")).ToContainTextAsync("Oui, c'est noté.");
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Accueil" }).ClickAsync();
        await Expect(todo.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);

        // The first item, reached with the keyboard, opens that week's booking grid.
        var first = todo.GetByRole(AriaRole.Link).First;
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/rennes/reservations\\?jour=2030-09-16$"));
        await Expect(page.Heading()).ToHaveTextAsync("Réservations");
    }

    [Fact]
    public async Task Unpaid_invoices_show_their_amount_and_due_date_and_open_the_invoice()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/nantes");
        await page.SignInAsync(app.Nantes.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/nantes/accueil$"));

        var todo = page.GetByRole(AriaRole.Region, new() { Name = "À faire" });
        await Expect(todo).ToContainTextAsync("En retard : échéance le");
        await Expect(todo).ToContainTextAsync("À régler au plus tard le");
        await browser.CheckAsync("accueil-factures");

        await todo.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Facture {FacturesTown.AugustNumber}") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/nantes/factures/{app.Nantes.August}$"));
    }

    [Fact]
    public async Task Nothing_to_do_is_one_calm_line()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/brest");
        await page.SignInAsync(app.Brest.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/brest/accueil$"));

        await Expect(page.Locator("main .calm")).ToHaveTextAsync("Tout est à jour : rien à réserver, à payer ni à lire pour le moment.");
        await Expect(page.Locator("main ul.todo")).ToHaveCountAsync(0);
        await browser.CheckAsync("accueil-calme");
    }
}

using System.Text.RegularExpressions;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Presences;
using Cantine.Messaging.Contracts.ReplyToThread;
using Cantine.Messaging.Contracts.SendContactMessage;

namespace Cantine.EndToEnd.Parents;

/// <summary>
/// Issue #17: every page of the parents' portal on a 360 px phone. Each page, filled as a family sees it (two
/// children, a marked week, invoices, documents, a thread with a reply), is checked at 360 and 1280 px: the page does
/// not scroll sideways, nothing in it scrolls sideways either (a table's last columns out of sight), axe-core finds
/// nothing, and both screenshots go to the browser tests' artifacts.
/// </summary>
public sealed class PhoneTourTests(PhoneTourTests.App app, Chromium chromium) : IClassFixture<PhoneTourTests.App>, IClassFixture<Chromium>
{
    /// <summary>Grenoble as <see cref="PresencesApp"/> leaves it, with documents and a answered thread; Chambéry's invoices.</summary>
    public sealed class App : BrowserApp
    {
        public PresencesTown Grenoble { get; private set; } = null!;

        public FacturesTown Chambery { get; private set; } = null!;

        public Guid Thread { get; private set; }

        protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2030, 9, 11, 8, 0, 0));

        protected override async Task SeedAsync()
        {
            Grenoble = await PresencesTown.CreateAsync(this, "grenoble");
            Chambery = await FacturesTown.CreateAsync(this, "chambery");
            (await SendAsync("grenoble", s => s.Send(new PublishDocumentCommand(
                "Menus de la semaine", "Menus", "menus-semaine.pdf", TestFiles.Menu, null, null)))).IsSuccess.ShouldBeTrue();
            (await SendAsync("grenoble", s => s.Send(new PublishDocumentCommand(
                "Règlement intérieur de la restauration scolaire et de l'accueil périscolaire 2030-2031", "Règlements", "reglement.pdf", TestFiles.Rules, null, null)))).IsSuccess.ShouldBeTrue();
            var town = Grenoble.Reservations.Town;
            var family = town.Family;
            Thread = (await SendAsync("grenoble", s => s.Send(new SendContactMessageCommand(
                family.FamilyId, family.Guardian.UserId, "Marie Durand", family.Guardian.Email, "Allergie aux arachides de Léo : projet d'accueil individualisé",
                "Bonjour,\nLéo est allergique aux arachides ; le médecin scolaire prépare son PAI.\nMarie Durand", null, null)))).Value;
            (await SendAsync("grenoble", s => s.Send(new ReplyToThreadCommand(
                Thread, town.Administrator.UserId, "Anne Admin", "Bonjour,\nmerci : nous prévenons la cuisine et l'équipe d'animation.\nLe service de restauration scolaire")))).IsSuccess.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Every_page_of_the_portal_fits_a_360_px_phone_and_passes_axe_core()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        var grenoble = app.Grenoble.Reservations.Town;

        await VisitAsync(browser, "/grenoble", "connexion");
        await page.SignInAsync(grenoble.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));
        await CheckAsync(browser, "accueil");
        await VisitAsync(browser, "/grenoble/reservations", "reservations");
        await Expect(page.Locator("table.booking")).ToHaveCountAsync(2);
        await VisitAsync(browser, $"/grenoble/presences?jour={app.Grenoble.LastMonday:yyyy-MM-dd}", "presences");
        await Expect(page.Locator("table.presences")).ToHaveCountAsync(2);
        await VisitAsync(browser, "/grenoble/presences/absence", "absence");
        await VisitAsync(browser, "/grenoble/documents", "documents");
        await Expect(page.Locator("main")).ToContainTextAsync("Règlement intérieur");
        await VisitAsync(browser, "/grenoble/contact", "contact");
        await VisitAsync(browser, "/grenoble/mes-messages", "mes-messages");
        await VisitAsync(browser, $"/grenoble/mes-messages/{app.Thread}", "fil");
        await Expect(page.Locator("main")).ToContainTextAsync("nous prévenons la cuisine");
        await VisitAsync(browser, "/grenoble/mot-de-passe", "mot-de-passe");
        await page.SignOutAsync();

        var chambery = app.Chambery;
        await browser.GotoAsync("/chambery");
        await page.SignInAsync(chambery.Town.Family.Guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/accueil$"));
        await VisitAsync(browser, "/chambery/factures", "factures");
        await Expect(page.Locator("table.invoices tbody tr")).ToHaveCountAsync(4);
        await VisitAsync(browser, $"/chambery/factures/{chambery.August}", "facture");
        await Expect(page.Locator("table.invoice-lines tbody tr")).ToHaveCountAsync(3);
    }

    private static async Task VisitAsync(BrowserSession browser, string path, string step)
    {
        (await browser.GotoAsync(path)).Status.ShouldBe(200, path);
        await CheckAsync(browser, step);
    }

    // Screenshots at 360 and 1280 px, no sideways scrolling of the page at either width, axe-core; then nothing inside
    // the page scrolls sideways at 360 px (CheckAsync leaves the phone's width).
    private static async Task CheckAsync(BrowserSession browser, string step)
    {
        await browser.CheckAsync(step);
        var scrollers = await PhoneLayout.SidewaysScrollersAsync(browser.Page);
        scrollers.ShouldBeEmpty($"{browser.Page.Url} at 360 px: {string.Join("; ", scrollers)}");
    }
}

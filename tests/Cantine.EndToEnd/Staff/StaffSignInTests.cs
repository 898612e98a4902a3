using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Staff;

/// <summary>The back office at /{slug}/admin: password then authenticator code, and the first sign-in's enrolment.</summary>
public sealed class StaffSignInTests(StaffSignInTests.App app, Chromium chromium)
    : IClassFixture<StaffSignInTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "valence");
    }

    [Fact]
    public async Task The_administrator_signs_in_with_password_and_code_and_opens_the_sent_emails_and_the_scheduled_jobs()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/valence/admin");
        await Expect(page).ToHaveURLAsync(new Regex("/valence/admin/connexion\\?retour="));
        await Expect(page.Heading()).ToHaveTextAsync("Connexion à l'espace de gestion");
        await browser.CheckAsync("connexion");

        await SignInWithPasswordAsync(page, app.Town.Administrator.Login);
        await Expect(page).ToHaveURLAsync(new Regex("/valence/admin/verification"));
        await Expect(page.Heading()).ToHaveTextAsync("Code de vérification");
        await browser.CheckAsync("verification");

        await page.GetByLabel("Code à 6 chiffres").FillAsync(TestTown.NextCode(app.Clock));
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/valence/admin$"));
        await Expect(page.Heading()).ToHaveTextAsync("Espace de gestion");
        await Expect(Band(page).Locator("summary")).ToHaveTextAsync(["Familles", "Réservations", "Présences", "Facturation", "Communication", "Paramètres"]);
        await Expect(Band(page).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Accueil"]);
        await browser.CheckAsync("espace-de-gestion");

        await page.OpenFromBandAsync("Communication", "E-mails envoyés");
        await Expect(page).ToHaveURLAsync(new Regex("/valence/admin/e-mails$"));
        await Expect(page.Heading()).ToHaveTextAsync("E-mails envoyés");
        // The tests send over SMTP, where nothing is kept for this page to list.
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Les e-mails partent par le serveur SMTP configuré ; ils ne sont pas conservés ici.");
        await browser.CheckAsync("e-mails-envoyes");

        // The town's own job runs; Hangfire's dashboard is the platform operators' (issue #18).
        await page.OpenFromBandAsync("Paramètres", "Tâches planifiées");
        await Expect(page).ToHaveURLAsync(new Regex("/valence/admin/traitements$"));
        await Expect(page.Heading()).ToHaveTextAsync("Tâches planifiées");
        await browser.CheckAsync("taches-planifiees");
    }

    [Fact]
    public async Task At_the_agents_first_sign_in_a_qr_code_is_shown_and_the_code_from_the_displayed_key_completes_it()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/valence/admin/connexion");
        await browser.CheckAsync("connexion");

        await SignInWithPasswordAsync(page, app.Town.Agent.Login);

        await Expect(page).ToHaveURLAsync(new Regex("/valence/admin/activation$"));
        await Expect(page.Heading()).ToHaveTextAsync("Activer la double authentification");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code à scanner avec votre application d'authentification" })).ToBeVisibleAsync();
        await browser.CheckAsync("activation-qr-code");

        var key = (await page.Locator("code.secret").InnerTextAsync()).Trim();
        await page.GetByLabel("Code à 6 chiffres").FillAsync(TestTown.NextCode(app.Clock, key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Activer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/valence/admin$"));
        await Expect(page.Confirmation()).ToContainTextAsync("La double authentification est activée.");
        await Expect(Band(page).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Accueil"]);
        await Expect(Band(page).Locator("summary")).ToHaveTextAsync(["Réservations", "Présences"]);
        await browser.CheckAsync("espace-de-gestion");
    }

    private static ILocator Band(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu de gestion" });

    private static async Task SignInWithPasswordAsync(IPage page, string login)
    {
        await page.GetByLabel("Login", new() { Exact = true }).FillAsync(login);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestTown.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Connexion", Exact = true }).ClickAsync();
    }
}

using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Parents;

/// <summary>Manual §1.1 "Se connecter au module parents", in a browser, and the same form with the keyboard alone.</summary>
public sealed class SignInTests(SignInTests.App app, Chromium chromium) : IClassFixture<SignInTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "chambery");
    }

    [Fact]
    public async Task A_parent_who_asks_to_be_remembered_signs_in_lands_on_the_home_page_under_the_band_and_signs_out()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;

        // 1. The town's portal.
        (await browser.GotoAsync("/chambery")).Status.ShouldBe(200);
        await Expect(page.Heading()).ToHaveTextAsync("Connexion");
        await browser.CheckAsync("connexion");

        // 2. Identifier, password and "Se souvenir de moi"; 3. "Connexion".
        await page.SignInAsync(app.Town.Family.Guardian.Login, TestTown.Password, remember: true);

        await Expect(page).ToHaveURLAsync(new Regex("/chambery/accueil$"));
        await Expect(page.Heading()).ToContainTextAsync("Marie Durand");
        await Expect(page.Band().GetByRole(AriaRole.Link)).ToHaveTextAsync(["Réservations", "Présences", "Factures", "Accueil", "Mot de passe", "Mes préférences", "Documents", "Contact"]);
        await Expect(page.Band().GetByRole(AriaRole.Button, new() { Name = "Déconnexion" })).ToBeVisibleAsync();
        await browser.CheckAsync("accueil");
        var session = (await browser.Context.CookiesAsync()).Single(c => c.Name == "cantine.session");
        // Persistent (a session cookie has no expiry, -1). Its 30 days are checked on the Set-Cookie header by the host
        // tests: Chromium caps a cookie's life at 400 days of the machine's clock, and the host's test clock is in 2030.
        session.Expires.ShouldBeGreaterThan(0, "remembered: a persistent cookie");

        await page.SignOutAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/chambery$"));
        await Expect(page.Confirmation()).ToContainTextAsync("Vous êtes déconnecté");
        await browser.CheckAsync("deconnecte");
        (await browser.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "cantine.session");
        await browser.GotoAsync("/chambery/accueil");
        await Expect(page).ToHaveURLAsync(new Regex("/chambery\\?retour="));
        await browser.CheckAsync("accueil-apres-deconnexion");
    }

    [Fact]
    public async Task The_sign_in_form_is_completed_with_tab_typing_and_enter_and_focus_is_always_visible()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/chambery");
        await browser.CheckAsync("connexion");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" })).ToBeFocusedAsync();
        await FocusShouldBeVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");

        await TabToAsync(page, page.GetByLabel("Login", new() { Exact = true }));
        await page.Keyboard.TypeAsync(app.Town.OtherFamily.Guardian.Login);
        await TabToAsync(page, page.GetByLabel("Mot de passe", new() { Exact = true }));
        await page.Keyboard.TypeAsync(TestTown.Password);
        await TabToAsync(page, page.GetByLabel("Se souvenir de moi"));
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Connexion", Exact = true }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/chambery/accueil$"));
        await Expect(page.Heading()).ToContainTextAsync("Lucas Roux");
        await browser.CheckAsync("accueil");
        var session = (await browser.Context.CookiesAsync()).Single(c => c.Name == "cantine.session");
        session.Expires.ShouldBe(-1, "not remembered: the cookie ends with the browser session");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" })).ToBeFocusedAsync();
        await FocusShouldBeVisibleAsync(page);
    }

    private static async Task TabToAsync(IPage page, ILocator expected)
    {
        await page.Keyboard.PressAsync("Tab");
        await Expect(expected).ToBeFocusedAsync();
        await FocusShouldBeVisibleAsync(page);
    }

    private static async Task FocusShouldBeVisibleAsync(IPage page)
    {
        var focus = await Focus.OfAsync(page);
        focus.IsVisible.ShouldBeTrue($"No visible focus indicator on {focus}");
    }
}

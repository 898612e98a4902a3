using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Parents;

/// <summary>Manual §6 "Changer de mot de passe", from the band, with the SPEC's 12-character minimum.</summary>
public sealed class ChangePasswordTests(ChangePasswordTests.App app, Chromium chromium)
    : IClassFixture<ChangePasswordTests.App>, IClassFixture<Chromium>
{
    private const string NewPassword = "Gratin-Dauphinois-Du-Vendredi-8";

    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "grenoble");
    }

    [Fact]
    public async Task A_parent_changes_the_password_from_the_band_then_signs_in_with_the_new_one_only()
    {
        var guardian = app.Town.Family.Guardian;
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/grenoble");
        await page.SignInAsync(guardian.Login, TestTown.Password);
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));
        await browser.CheckAsync("accueil");

        // 1. "Mot de passe" in the band: a three-field form.
        await page.Band().GetByRole(AriaRole.Link, new() { Name = "Mot de passe" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/mot-de-passe$"));
        await Expect(page.Heading()).ToHaveTextAsync("Changer de mot de passe");
        await Expect(page.Band().GetByRole(AriaRole.Link, new() { Name = "Mot de passe" })).ToHaveAttributeAsync("aria-current", "page");
        await browser.CheckAsync("mot-de-passe");

        // A slip of the finger first: the confirmation differs, the form says so.
        await FillAsync(page, TestTown.Password, NewPassword, NewPassword + "!");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le formulaire contient des erreurs");
        await browser.CheckAsync("confirmation-differente");

        // 2. Fill the form; 3. "Modifier".
        await FillAsync(page, TestTown.Password, NewPassword, NewPassword);
        await Expect(page.Confirmation()).ToContainTextAsync("Votre mot de passe a été modifié.");
        await browser.CheckAsync("mot-de-passe-modifie");

        await page.SignOutAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble$"));
        await browser.CheckAsync("deconnecte");
        await page.SignInAsync(guardian.Login, TestTown.Password);
        var signIn = page.GetByRole(AriaRole.Region, new() { Name = "Connexion", Exact = true });
        await Expect(signIn.GetByRole(AriaRole.Alert)).ToContainTextAsync("Identifiant ou mot de passe incorrect.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(1);
        await browser.CheckAsync("ancien-mot-de-passe-refuse");

        await page.SignInAsync(guardian.Login, NewPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/grenoble/accueil$"));
        await Expect(page.Heading()).ToContainTextAsync("Marie Durand");
        await browser.CheckAsync("accueil-nouveau-mot-de-passe");
    }

    private static async Task FillAsync(IPage page, string old, string replacement, string confirmation)
    {
        await page.GetByLabel("Ancien mot de passe", new() { Exact = true }).FillAsync(old);
        await page.GetByLabel("Nouveau mot de passe (min. 12 car.)", new() { Exact = true }).FillAsync(replacement);
        await page.GetByLabel("Confirmer le mot de passe", new() { Exact = true }).FillAsync(confirmation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Modifier" }).ClickAsync();
    }
}

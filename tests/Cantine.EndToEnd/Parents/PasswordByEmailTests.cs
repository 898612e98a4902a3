using System.Text.RegularExpressions;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Parents;

/// <summary>
/// Manual §1.2 "Première connexion ou récupérer un mot de passe perdu", as SPEC §2 changes it: the e-mail
/// carries the identifier and a single-use link to choose a password, never a password.
/// </summary>
public sealed class PasswordByEmailTests(PasswordByEmailTests.App app, Chromium chromium)
    : IClassFixture<PasswordByEmailTests.App>, IClassFixture<Chromium>
{
    private const string NewPassword = "Soupe-De-Potiron-Du-Jeudi-31";

    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        /// <summary>A parent the town registered who never had a password.</summary>
        public TestAccount Newcomer { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "annecy", "Ville d'Annecy");
            var family = (await SendAsync("annecy", s => s.Send(new RegisterFamilyCommand("Petit")))).Value;
            var guardian = (await SendAsync("annecy", s => s.Send(new RegisterGuardianCommand(
                family, "M.", "Camille", "Petit", "camille.petit@familles.test", "06 11 22 33 44", "camille.petit")))).Value;
            Newcomer = new TestAccount(guardian.UserId, guardian.Login, "camille.petit@familles.test");
        }
    }

    [Fact]
    public async Task At_first_connection_a_parent_asks_by_email_follows_the_emailed_link_chooses_a_password_and_signs_in_with_it()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/annecy");
        await browser.CheckAsync("connexion");

        // 1. "Obtenir un mot de passe": the e-mail address; 2. "Envoyer".
        var request = page.GetByRole(AriaRole.Region, new() { Name = "Obtenir un mot de passe" });
        await request.GetByLabel("E-mail").FillAsync(app.Newcomer.Email);
        await request.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/annecy$"));
        await Expect(page.Confirmation()).ToContainTextAsync("Demande enregistrée");
        await browser.CheckAsync("demande-enregistree");

        var email = await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == app.Newcomer.Email));
        email.Subject.ShouldBe("Votre accès au portail Cantine de Ville d'Annecy");
        email.TextBody.ShouldNotBeNull().ShouldContain($"Votre identifiant : {app.Newcomer.Login}");
        await ChoosePasswordFromTheLinkAsync(browser, BrowserApp.LinkPathIn(email.TextBody!), app.Newcomer.Login);

        await page.SignInAsync(app.Newcomer.Login, NewPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/annecy/accueil$"));
        await Expect(page.Heading()).ToContainTextAsync("Camille Petit");
        await browser.CheckAsync("accueil");
    }

    [Fact]
    public async Task A_parent_who_lost_the_password_asks_with_the_identifier_and_the_link_serves_only_once()
    {
        var guardian = app.Town.OtherFamily.Guardian;
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/annecy");
        await browser.CheckAsync("connexion");

        var request = page.GetByRole(AriaRole.Region, new() { Name = "Obtenir un mot de passe" });
        await request.GetByLabel("Identifiant", new() { Exact = true }).FillAsync(guardian.Login);
        await request.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Expect(page.Confirmation()).ToContainTextAsync("Demande enregistrée");
        await browser.CheckAsync("demande-enregistree");

        var email = await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == guardian.Email));
        email.Subject.ShouldBe("Votre nouveau mot de passe pour le portail Cantine de Ville d'Annecy");
        var link = BrowserApp.LinkPathIn(email.TextBody!);
        await ChoosePasswordFromTheLinkAsync(browser, link, guardian.Login);
        await page.SignInAsync(guardian.Login, NewPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/annecy/accueil$"));
        await browser.CheckAsync("accueil");

        await browser.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce lien n'est pas valide ou a déjà servi.");
        await Expect(page.GetByLabel("Confirmer le mot de passe")).ToHaveCountAsync(0);
        await browser.CheckAsync("lien-deja-servi");
    }

    private static async Task ChoosePasswordFromTheLinkAsync(BrowserSession browser, string link, string login)
    {
        var page = browser.Page;
        await browser.GotoAsync(link);
        await Expect(page.Heading()).ToHaveTextAsync("Choisir un mot de passe");
        await Expect(page.GetByText("Votre identifiant :")).ToContainTextAsync(login);
        await browser.CheckAsync("choisir-mot-de-passe");

        await page.GetByLabel("Nouveau mot de passe (min. 12 car.)", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Confirmer le mot de passe", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Expect(page.Confirmation()).ToContainTextAsync("Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.");
        await browser.CheckAsync("mot-de-passe-enregistre");
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;
using Cantine.EndToEnd.Parents;

namespace Cantine.EndToEnd.Staff;

/// <summary>Setting a town up: families from a spreadsheet's CSV, then the invitation a guardian follows to sign in.</summary>
public sealed class ImportAndInvitationTests(ImportAndInvitationTests.App app, Chromium chromium)
    : IClassFixture<ImportAndInvitationTests.App>, IClassFixture<Chromium>
{
    private const string NewPassword = "Le marché du samedi matin";

    public sealed class App : BrowserApp
    {
        public TestTown ImportTown { get; private set; } = null!;

        public TestTown InvitationTown { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            ImportTown = await TestTown.CreateAsync(this, "chambery");
            InvitationTown = await TestTown.CreateAsync(this, "albertville");
        }
    }

    [Fact]
    public async Task The_administrator_imports_a_CSV_after_its_preview()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/chambery/admin/connexion");
        await page.SignInToBackOfficeAsync(app.Clock, "chambery", app.ImportTown.Administrator.Login);
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer des familles" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Importer des familles");
        await browser.CheckAsync("import");

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n",
            "Référence famille;Nom famille;Civilité responsable 1;Nom responsable 1;Prénom responsable 1;E-mail responsable 1;Téléphone responsable 1;Adresse;Code postal;Ville;Référence enfant;Nom enfant;Prénom enfant;Date de naissance;École;Classe",
            "F01;Dupré;Mme;Dupré;Hélène;helene.dupre@familles.test;06 11 22 33 44;5 rue de Boigne;73000;Chambéry;E01;Dupré;Léon;14/03/2017;École du Centre;CE2",
            "F01;Dupré;Mme;Dupré;Hélène;helene.dupre@familles.test;06 11 22 33 44;5 rue de Boigne;73000;Chambéry;E02;Dupré;Maëlle;2/9/2019;École du Centre;GS",
            "F02;Bernard;M.;Bernard;Jules;pas-un-email;;;;;E03;Bernard;Ugo;01/01/2018;École du Centre;CP",
            ""));
        await page.GetByLabel("Fichier CSV (max. 5 Mo)").SetInputFilesAsync(new FilePayload { Name = "familles.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir l'aperçu" }).ClickAsync();

        await Expect(page.Heading()).ToHaveTextAsync("Aperçu de l'import");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Enfants : 2 à créer, 0 à mettre à jour");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Lignes refusées (1)" })).ToContainTextAsync("« pas-un-email » n'est pas une adresse e-mail valide");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Nouvel enfant : Maëlle Dupré");
        await browser.CheckAsync("apercu");

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'import" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/chambery/admin/import$"));
        await Expect(page.Confirmation()).ToContainTextAsync("Import terminé : 1 familles créées et 0 mises à jour, 1 responsables créés et 0 mis à jour, 2 enfants créés et 0 mis à jour.");
        await browser.CheckAsync("import-termine");
    }

    [Fact]
    public async Task The_administrator_invites_a_guardian_who_then_chooses_a_password_and_signs_in()
    {
        (await app.SendAsync("albertville", s => s.Send(new Cantine.Accounts.Contracts.RegisterGuardian.RegisterGuardianCommand(
            app.InvitationTown.Family.FamilyId, "M.", "Nathan", "Durand", "nathan.durand@familles.test", "", "nathan.durand")))).Value.ShouldNotBeNull();
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/albertville/admin/connexion");
        await page.SignInToBackOfficeAsync(app.Clock, "albertville", app.InvitationTown.Administrator.Login);
        await page.GetByRole(AriaRole.Link, new() { Name = "Invitations" }).First.ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Invitations");
        await page.GetByLabel("Nom, identifiant ou e-mail").FillAsync("nathan");
        await page.GetByLabel("Seulement ceux qui ne se sont jamais connectés").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Jamais connecté");
        await browser.CheckAsync("invitations");

        await page.GetByLabel("Inviter Nathan Durand").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation aux responsables cochés" }).ClickAsync();
        await Expect(page.Confirmation()).ToContainTextAsync("Invitation envoyée à 1 responsable(s).");
        await browser.CheckAsync("invitation-envoyee");

        var email = await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "nathan.durand@familles.test"));
        email.TextBody.ShouldNotBeNull().ShouldContain("Votre identifiant : nathan.durand");
        await using var guardianBrowser = await chromium.OpenAsync(app);
        var guardian = guardianBrowser.Page;
        await guardianBrowser.GotoAsync(BrowserApp.LinkPathIn(email.TextBody!));
        await Expect(guardian.Heading()).ToHaveTextAsync("Choisir un mot de passe");
        await guardian.GetByLabel("Nouveau mot de passe (min. 12 car.)", new() { Exact = true }).FillAsync(NewPassword);
        await guardian.GetByLabel("Confirmer le mot de passe", new() { Exact = true }).FillAsync(NewPassword);
        await guardian.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(guardian.Confirmation()).ToContainTextAsync("Votre mot de passe est enregistré.");
        await guardianBrowser.CheckAsync("mot-de-passe-choisi");

        await guardian.SignInAsync("nathan.durand", NewPassword);
        await Expect(guardian).ToHaveURLAsync(new Regex("/albertville/accueil$"));
        await guardianBrowser.CheckAsync("accueil-du-responsable");

        await page.ReloadAsync();
        await page.GetByLabel("Seulement ceux qui ne se sont jamais connectés").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("A déjà ouvert une session");
        await browser.CheckAsync("invitations-apres-connexion");
    }
}

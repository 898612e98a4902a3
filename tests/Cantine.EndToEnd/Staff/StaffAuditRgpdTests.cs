using System.Text.RegularExpressions;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Staff;

/// <summary>An administrator manages the staff, reads the audit log and erases a family who left (RGPD), in Chromium.</summary>
public sealed class StaffAuditRgpdTests(StaffAuditRgpdTests.App app, Chromium chromium)
    : IClassFixture<StaffAuditRgpdTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "annecy");
            var family = (await SendAsync("annecy", s => s.Send(new RegisterFamilyCommand("Lambert")))).Value;
            await SendAsync("annecy", s => s.Send(new RegisterGuardianCommand(family, "Mme", "Odile", "Lambert", "odile.lambert@familles.test", "06 12 12 12 12")));
            await SendAsync("annecy", s => s.Send(new RegisterChildCommand(family, "Théo", "Lambert", new DateOnly(2017, 1, 5), "École du Lac", "CE2")));
        }
    }

    [Fact]
    public async Task The_administrator_adds_and_disables_an_agent_reads_the_journal_and_erases_a_family()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/annecy/admin/connexion");
        await page.SignInToBackOfficeAsync(app.Clock, "annecy", app.Town.Administrator.Login);
        await Expect(page).ToHaveURLAsync(new Regex("/annecy/admin$"));

        await page.OpenFromBandAsync("Paramètres", "Personnel");
        await Expect(page.Heading()).ToHaveTextAsync("Personnel");
        await browser.CheckAsync("personnel");

        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un membre du personnel" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Ajouter un membre du personnel");
        await browser.CheckAsync("personnel-nouveau");
        await page.GetByLabel("Prénom").FillAsync("Sophie");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Girard");
        await page.GetByLabel("E-mail").FillAsync("sophie.girard@annecy.test");
        await page.GetByLabel("Rôle").SelectOptionAsync("Agent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }).ClickAsync();
        await Expect(page.Confirmation()).ToContainTextAsync("Le compte de Sophie Girard est créé avec l'identifiant sophie.girard.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Désactiver Sophie Girard" }).ClickAsync();
        await Expect(page.Confirmation()).ToContainTextAsync("Le compte de Sophie Girard est désactivé");
        await browser.CheckAsync("personnel-desactive");

        await page.OpenFromBandAsync("Paramètres", "Journal des modifications");
        await Expect(page.Heading()).ToHaveTextAsync("Journal des modifications");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Compte de Sophie Girard désactivé");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Compte du personnel créé : Sophie Girard (Agent, identifiant sophie.girard)");
        await browser.CheckAsync("journal");

        await page.AdminBand().GetByRole(AriaRole.Link, new() { Name = "Accueil" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Données personnelles (RGPD)" }).ClickAsync();
        await page.GetByLabel("Nom de la famille").FillAsync("lamb");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await browser.CheckAsync("rgpd-recherche");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lambert" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Données personnelles de la famille Lambert");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Théo Lambert");
        await browser.CheckAsync("rgpd-famille");

        await page.GetByLabel("Motif (sans donnée personnelle, par exemple « Départ de la commune »)").FillAsync("Départ de la commune");
        await page.GetByLabel("Je confirme l'effacement définitif des données de cette famille.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Effacer définitivement" }).ClickAsync();
        await Expect(page.Confirmation()).ToContainTextAsync("Les données personnelles de la famille Lambert sont effacées.");
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Théo");
        await browser.CheckAsync("rgpd-efface");
    }
}

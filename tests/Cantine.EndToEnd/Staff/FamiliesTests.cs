using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Staff;

/// <summary>Issue #3's first admin journey: the administrator creates a family with two children from the back office.</summary>
public sealed class FamiliesTests(FamiliesTests.App app, Chromium chromium) : IClassFixture<FamiliesTests.App>, IClassFixture<Chromium>
{
    public sealed class App : BrowserApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "chambery");
    }

    [Fact]
    public async Task The_administrator_creates_a_family_with_two_children()
    {
        await using var browser = await chromium.OpenAsync(app);
        var page = browser.Page;
        await browser.GotoAsync("/chambery/admin/connexion");
        await page.SignInToBackOfficeAsync(app.Clock, "chambery", app.Town.Administrator.Login);
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/admin$"));

        // The band leads to the list, which searches and sorts.
        await page.OpenFromBandAsync("Familles", "Familles");
        await Expect(page).ToHaveURLAsync(new Regex("/chambery/admin/familles$"));
        await Expect(page.Heading()).ToHaveTextAsync("Familles");
        await Expect(page.Locator("caption")).ToHaveTextAsync("Familles (2), page 1 sur 1");
        await browser.CheckAsync("familles");

        // A new family and its first guardian; a refused e-mail keeps what was typed.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle famille" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Nouvelle famille");
        await page.GetByLabel("Nom de la famille").FillAsync("Girard");
        await page.GetByLabel("Civilité (facultatif)").SelectOptionAsync("Mme");
        await page.GetByLabel("Prénom").FillAsync("Sophie");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Girard");
        await page.GetByLabel("Adresse e-mail").FillAsync("sophie.girard");
        await page.GetByLabel("Téléphone (facultatif)").FillAsync("06 07 08 09 10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la famille" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Saisissez une adresse e-mail valide");
        await Expect(page.GetByLabel("Nom de la famille")).ToHaveValueAsync("Girard");
        await browser.CheckAsync("nouvelle-famille-refusee");
        await page.GetByLabel("Adresse e-mail").FillAsync("sophie.girard@exemple.fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la famille" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Famille Girard");
        await Expect(page.Confirmation()).ToHaveTextAsync("La famille « Girard » est créée. Identifiant de Sophie Girard : sophie.girard.");
        await browser.CheckAsync("famille-creee");

        // Two children, the first with an allergy and a PAI.
        await AddChildAsync(page, "Lucie", "2016-10-03", "CM1", allergies: "Fruits à coque");
        await browser.CheckAsync("premier-enfant");
        await AddChildAsync(page, "Arthur", "2019-05-21", "MS");
        await Expect(page.Confirmation()).ToHaveTextAsync("Arthur Girard est ajouté(e) à la famille.");
        var children = page.GetByRole(AriaRole.Table, new() { Name = "Enfants de la famille (2)" });
        await Expect(children.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Lucie Girard", "Arthur Girard"]);
        await Expect(children).ToContainTextAsync("Allergies : Fruits à coque");
        await browser.CheckAsync("deux-enfants");

        // Each child and guardian opens for editing; archiving asks first.
        await children.GetByRole(AriaRole.Link, new() { Name = "Modifier Lucie Girard" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Lucie Girard");
        await Expect(page.GetByLabel("Allergies (facultatif)")).ToHaveValueAsync("Fruits à coque");
        await browser.CheckAsync("enfant");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour à la famille Girard" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier Sophie Girard" }).ClickAsync();
        await Expect(page.GetByLabel("Nouvel identifiant")).ToHaveValueAsync("sophie.girard");
        await browser.CheckAsync("responsable");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour à la famille Girard" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rattacher un enfant d'une autre famille" }).ClickAsync();
        await page.GetByLabel("Rechercher l'enfant ou son autre famille").FillAsync("jade");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Jade Durand");
        await browser.CheckAsync("rattacher");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour à la famille Girard" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Archiver la famille…" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Archiver la famille Girard ?");
        await browser.CheckAsync("archiver-confirmation");

        // The list finds the family by a child's name, without the accent or case.
        await page.OpenFromBandAsync("Familles", "Familles");
        await page.GetByLabel("Rechercher une famille").FillAsync("ARTHUR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("tbody tr")).ToContainTextAsync("sophie.girard");
        await browser.CheckAsync("recherche");
    }

    private static async Task AddChildAsync(IPage page, string firstName, string birthDate, string className, string? allergies = null)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un enfant" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Ajouter un enfant à la famille Girard");
        await page.GetByLabel("Prénom").FillAsync(firstName);
        await Expect(page.GetByLabel("Nom", new() { Exact = true })).ToHaveValueAsync("Girard");
        await page.GetByLabel("Date de naissance").FillAsync(birthDate);
        await page.GetByLabel("École").FillAsync("École Pasteur");
        await page.GetByLabel("Classe (facultatif)").FillAsync(className);
        if (allergies is not null)
        {
            await page.GetByLabel("Allergies (facultatif)").FillAsync(allergies);
            await page.GetByLabel("Un PAI (projet d'accueil individualisé) est en place").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'enfant" }).ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Famille Girard");
    }
}

using System.Net;
using System.Text;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>Upload → preview → confirm, the export download, and one town never seeing another's uploads or families.</summary>
public sealed class ImportPagesTests(ImportPagesTests.App app) : IClassFixture<ImportPagesTests.App>
{
    public sealed class App : BackOfficeApp;

    [Fact]
    public async Task The_administrator_uploads_previews_and_confirms_an_import()
    {
        var administrator = await app.AdministratorAsync();

        var staged = await administrator.SubmitMultipartAsync("/lyon/admin/import", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "familles.csv", BackOfficeCsv.OneFamily("H-1", "Fontaine", "Agathe"), "text/csv")]);
        var previewUrl = PortalClient.Location(staged);
        previewUrl.ShouldStartWith("/lyon/admin/import/");
        var (_, preview) = await administrator.GetAsync(previewUrl);
        preview.Heading().ShouldBe("Aperçu de l'import");
        preview.QuerySelector(".import-counts")!.TextContent.ShouldContain("Familles : 1 à créer, 0 à mettre à jour");
        preview.QuerySelector("#legende-lignes")!.ParentElement!.TextContent.ShouldContain("Nouveau responsable : Agathe Fontaine (identifiant agathe.fontaine)");
        (await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.ListGuardianAccounts.ListGuardianAccountsQuery(1, false, "fontaine")))).Total.ShouldBe(0);

        var confirmed = await administrator.SubmitMainAsync(previewUrl, new Dictionary<string, string>());

        PortalClient.Location(confirmed).ShouldBe("/lyon/admin/import");
        var (_, done) = await administrator.GetAsync("/lyon/admin/import");
        done.Confirmation().ShouldBe("Import terminé : 1 familles créées et 0 mises à jour, 1 responsables créés et 0 mis à jour, 1 enfants créés et 0 mis à jour.");
        (await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.ListGuardianAccounts.ListGuardianAccountsQuery(1, false, "fontaine")))).Total.ShouldBe(1);
        (await administrator.Http.GetAsync(previewUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_without_the_columns_is_refused_on_the_upload_form()
    {
        var administrator = await app.AdministratorAsync();

        var refused = await administrator.SubmitMultipartAsync("/lyon/admin/import", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "eleves.csv", Encoding.UTF8.GetBytes("Nom;Prénom\r\nMartin;Léa\r\n"), "text/csv")]);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ReadPageAsync()).Errors().ShouldHaveSingleItem().ShouldStartWith("Colonnes obligatoires absentes de la première ligne : Référence famille");
    }

    [Fact]
    public async Task Another_towns_administrator_cannot_preview_or_confirm_an_upload()
    {
        var administrator = await app.AdministratorAsync();
        var staged = await administrator.SubmitMultipartAsync("/lyon/admin/import", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "familles.csv", BackOfficeCsv.OneFamily("H-2", "Garnier"), "text/csv")]);
        var id = PortalClient.Location(staged).Split('/').Last();
        var other = await app.OtherAdministratorAsync();

        (await other.Http.GetAsync($"/vienne/admin/import/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostWithTokenAsync("/vienne/admin/import", $"/vienne/admin/import/{id}", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.GetAsync($"/lyon/admin/import/{id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_export_downloads_this_towns_families_only()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.Http.GetAsync("/lyon/admin/import/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        csv.ShouldContain(app.Town.Family.Guardian.Email);
        csv.ShouldNotContain(app.OtherTown.Family.Guardian.Email);
        csv.ShouldNotContain("vienne");
    }
}

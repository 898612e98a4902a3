using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>The import, invitations and settings forms: none posts without its antiforgery token (who opens the pages: BackOfficeAccessMatrixTests).</summary>
public sealed class BackOfficeAccessAndAntiforgeryTests(BackOfficeAccessAndAntiforgeryTests.App app) : IClassFixture<BackOfficeAccessAndAntiforgeryTests.App>
{
    public sealed class App : BackOfficeApp;

    [Theory]
    [InlineData("/lyon/admin/parametres/coordonnees", null)]
    [InlineData("/lyon/admin/parametres/paiement", null)]
    [InlineData("/lyon/admin/parametres/logo", "handler=Retirer")]
    [InlineData("/lyon/admin/invitations", "handler=Tous")]
    [InlineData("/lyon/admin/invitations", "handler=Selection")]
    public async Task A_form_without_its_token_is_refused(string url, string? handler)
    {
        var administrator = await app.AdministratorAsync();
        if (handler == "handler=Retirer")
        {
            (await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.ChangeStructureLogo.ChangeStructureLogoCommand("l.png", TestImages.Png)))).ShouldSucceed();
        }

        var before = app.Smtp.Messages.Count;
        var response = await administrator.SubmitWithoutTokenAsync(url, new Dictionary<string, string>
        {
            ["Saisie.Nom"] = "Forgé", ["Saisie.Adresse"] = "1 rue", ["Saisie.CodePostal"] = "69001", ["Saisie.Ville"] = "Lyon",
            ["Saisie.EmailContact"] = "forge@lyon.test", ["Active"] = "true", ["NumeroClient"] = "999999",
            ["selection"] = app.Town.Family.Guardian.UserId.ToString(),
        }, handler);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var structure = (await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.GetStructure.GetStructureQuery())))!;
        structure.Name.ShouldNotBe("Forgé");
        structure.PayfipClientNumber.ShouldBeNull();
        await Task.Delay(200);
        app.Smtp.Messages.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Uploads_without_their_token_are_refused()
    {
        var administrator = await app.AdministratorAsync();

        var import = await administrator.SubmitMultipartWithoutTokenAsync("/lyon/admin/import", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "familles.csv", BackOfficeCsv.OneFamily("Z-1", "Forgée"), "text/csv")]);
        var logo = await administrator.SubmitMultipartWithoutTokenAsync("/lyon/admin/parametres/logo", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "logo.png", TestImages.Png, "image/png")]);

        import.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        logo.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Confirming_an_import_without_the_token_is_refused()
    {
        var administrator = await app.AdministratorAsync();
        var staged = await administrator.SubmitMultipartAsync("/lyon/admin/import", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "familles.csv", BackOfficeCsv.OneFamily("Z-2", "Jamaisimportee"), "text/csv")]);
        var preview = PortalClient.Location(staged);

        var response = await administrator.SubmitWithoutTokenAsync(preview, new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await administrator.GetAsync(preview)).Response.StatusCode.ShouldBe(HttpStatusCode.OK, "the upload is still waiting for its confirmation");
    }
}

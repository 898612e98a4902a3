using System.Net;
using Cantine.Documents.Contracts.ListAllDocuments;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Documents;

/// <summary>Publishing, replacing and withdrawing a document without the antiforgery token are refused with the French 400 page, without effect.</summary>
public sealed class DocumentFormsAntiforgeryTests(DocumentFormsAntiforgeryTests.App app) : IClassFixture<DocumentFormsAntiforgeryTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
        }

        public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Town.Administrator);

        public async Task<Guid> PublishAsync(string title) =>
            (await SendAsync("lyon", s => s.Send(new PublishDocumentCommand(title, "Menus", "menus.pdf", TestFiles.Menu, null, null)))).Value;

        public async Task<DocumentSummaryDto?> DocumentAsync(Guid id) =>
            (await SendAsync("lyon", s => s.Send(new ListAllDocumentsQuery()))).SingleOrDefault(d => d.Id == id);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task Publishing_without_the_token_is_refused()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMultipartWithoutTokenAsync("/lyon/admin/documents", new Dictionary<string, string>
        {
            ["Publication.Titre"] = "Document forgé",
            ["Publication.Categorie"] = "Menus",
        }, [new UploadedFile("Publication.Fichier", "forge.pdf", TestFiles.Menu)]);

        await ShouldBeRefusedAsync(response);
        (await app.SendAsync("lyon", s => s.Send(new ListAllDocumentsQuery()))).ShouldNotContain(d => d.Title == "Document forgé");
    }

    [Fact]
    public async Task Replacing_without_the_token_is_refused()
    {
        var id = await app.PublishAsync("Menus (remplacement forgé)");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMultipartWithoutTokenAsync(
            $"/lyon/admin/documents/{id}", new Dictionary<string, string>(), [new UploadedFile("Fichier", "forge.pdf", TestFiles.Rules)], "handler=Remplacer");

        await ShouldBeRefusedAsync(response);
        (await app.DocumentAsync(id))!.SizeBytes.ShouldBe(TestFiles.Menu.Length);
    }

    [Fact]
    public async Task Withdrawing_without_the_token_is_refused()
    {
        var id = await app.PublishAsync("Menus (retrait forgé)");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitWithoutTokenAsync($"/lyon/admin/documents/{id}", new Dictionary<string, string>(), "handler=Retirer");

        await ShouldBeRefusedAsync(response);
        (await app.DocumentAsync(id))!.Withdrawn.ShouldBeFalse();
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ReadPageAsync();
        page.Heading().ShouldBe("Requête invalide");
        page.QuerySelector("main")!.TextContent.ShouldContain("Rechargez la page et recommencez.", Case.Sensitive);
    }
}

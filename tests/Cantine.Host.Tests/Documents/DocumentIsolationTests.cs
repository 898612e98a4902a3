using System.Net;
using Cantine.Documents.Contracts.ListAllDocuments;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Documents;

/// <summary>
/// A town's documents exist for its own families and staff only (SPEC §1, §9): another town's family or staff
/// guessing a document's id gets "page not found", never the file, and cannot change it.
/// </summary>
public sealed class DocumentIsolationTests(DocumentIsolationTests.App app) : IClassFixture<DocumentIsolationTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Lyon { get; private set; } = null!;

        public TestTown Vienne { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        /// <summary>A live document of Lyon, the one the other town tries to reach.</summary>
        public Guid LyonMenu { get; private set; }

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await TestTown.CreateAsync(this, "lyon");
            Vienne = await TestTown.CreateAsync(this, "vienne");
            LyonMenu = (await SendAsync("lyon", s => s.Send(new PublishDocumentCommand("Menus de Lyon", "Menus", "menus-lyon.pdf", TestFiles.Menu, null, null)))).Value;
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_family_of_another_town_gets_not_found_for_the_documents_id()
    {
        var viennois = await app.Clients.GuardianAsync("vienne", app.Vienne.Family.Guardian);

        var (listResponse, list) = await viennois.GetAsync("/vienne/documents");
        var file = await viennois.Http.GetAsync($"/vienne/documents/{app.LyonMenu}");

        listResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.QuerySelector("main")!.TextContent.ShouldNotContain("Menus de Lyon");
        await file.ShouldBeNotFoundAsync();
    }

    [Fact]
    public async Task A_family_of_another_town_is_not_signed_in_at_the_documents_town()
    {
        var viennois = await app.Clients.GuardianAsync("vienne", app.Vienne.Family.Guardian);

        var list = await viennois.Http.GetAsync("/lyon/documents");
        var file = await viennois.Http.GetAsync($"/lyon/documents/{app.LyonMenu}");

        PortalClient.Location(list).ShouldStartWith("/lyon?retour=");
        PortalClient.Location(file).ShouldStartWith("/lyon?retour=");
    }

    [Fact]
    public async Task Staff_of_another_town_get_not_found_and_cannot_replace_or_withdraw_it()
    {
        var administrator = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);

        var edit = await administrator.Http.GetAsync($"/vienne/admin/documents/{app.LyonMenu}");
        var file = await administrator.Http.GetAsync($"/vienne/admin/documents/{app.LyonMenu}/fichier");
        var withdraw = await administrator.PostWithTokenAsync(
            "/vienne/admin/documents", $"/vienne/admin/documents/{app.LyonMenu}?handler=Retirer", new Dictionary<string, string>());
        var replace = await administrator.PostWithTokenAsync(
            "/vienne/admin/documents", $"/vienne/admin/documents/{app.LyonMenu}?handler=Remplacer", new Dictionary<string, string>());
        var (_, staffList) = await administrator.GetAsync("/vienne/admin/documents");

        await edit.ShouldBeNotFoundAsync();
        await file.ShouldBeNotFoundAsync();
        await withdraw.ShouldBeNotFoundAsync();
        await replace.ShouldBeNotFoundAsync();
        staffList.QuerySelector("main")!.TextContent.ShouldNotContain("Menus de Lyon");
        var atLyon = await app.SendAsync("lyon", s => s.Send(new ListAllDocumentsQuery()));
        atLyon.Single(d => d.Id == app.LyonMenu).IsLive.ShouldBeTrue();
    }

    [Fact]
    public async Task Staff_signed_in_at_another_town_are_not_signed_in_at_the_documents_town()
    {
        var administrator = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);

        var file = await administrator.Http.GetAsync($"/lyon/admin/documents/{app.LyonMenu}/fichier");

        PortalClient.Location(file).ShouldStartWith("/lyon/admin/connexion?retour=");
    }
}

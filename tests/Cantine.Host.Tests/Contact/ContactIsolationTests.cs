using Cantine.Host.Tests.Support;
using Cantine.Messaging.Contracts.GetInboxThread;
using Cantine.Messaging.Contracts.SendContactMessage;

namespace Cantine.Host.Tests.Contact;

/// <summary>
/// A family's thread and attachment are reachable by that family and its town's staff only (SPEC §9): another
/// family of the town, or a family or staff member of another town, guessing the id gets "page not found".
/// </summary>
public sealed class ContactIsolationTests(ContactIsolationTests.App app) : IClassFixture<ContactIsolationTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Lyon { get; private set; } = null!;

        public TestTown Vienne { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        /// <summary>Marie Durand's message to Lyon, with a PDF.</summary>
        public Guid Thread { get; private set; }

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await TestTown.CreateAsync(this, "lyon");
            Vienne = await TestTown.CreateAsync(this, "vienne");
            var family = Lyon.Family;
            Thread = (await SendAsync("lyon", s => s.Send(new SendContactMessageCommand(
                family.FamilyId, family.Guardian.UserId, "Marie Durand", family.Guardian.Email, "Dossier confidentiel",
                "Voici l'avis d'imposition.", "avis.pdf", TestFiles.Menu)))).Value;
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_family_itself_opens_its_thread_and_attachment()
    {
        var parent = await app.Clients.GuardianAsync("lyon", app.Lyon.Family.Guardian);

        var (response, page) = await parent.GetAsync($"/lyon/mes-messages/{app.Thread}");
        var attachment = await parent.Http.GetAsync($"/lyon/mes-messages/{app.Thread}/piece-jointe");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        page.Heading().ShouldBe("Dossier confidentiel");
        await attachment.ShouldBePdfAsync(TestFiles.Menu, "inline", "avis.pdf");
    }

    [Fact]
    public async Task Another_family_of_the_same_town_gets_not_found()
    {
        var other = await app.Clients.GuardianAsync("lyon", app.Lyon.OtherFamily.Guardian);

        var thread = await other.Http.GetAsync($"/lyon/mes-messages/{app.Thread}");
        var attachment = await other.Http.GetAsync($"/lyon/mes-messages/{app.Thread}/piece-jointe");
        var (_, list) = await other.GetAsync("/lyon/mes-messages");

        await thread.ShouldBeNotFoundAsync();
        await attachment.ShouldBeNotFoundAsync();
        list.QuerySelector("main")!.TextContent.ShouldNotContain("Dossier confidentiel");
    }

    [Fact]
    public async Task A_family_of_another_town_gets_not_found()
    {
        var viennois = await app.Clients.GuardianAsync("vienne", app.Vienne.Family.Guardian);

        await (await viennois.Http.GetAsync($"/vienne/mes-messages/{app.Thread}")).ShouldBeNotFoundAsync();
        await (await viennois.Http.GetAsync($"/vienne/mes-messages/{app.Thread}/piece-jointe")).ShouldBeNotFoundAsync();
        PortalClient.Location(await viennois.Http.GetAsync($"/lyon/mes-messages/{app.Thread}/piece-jointe")).ShouldStartWith("/lyon?retour=");
    }

    [Fact]
    public async Task Staff_of_another_town_get_not_found_and_cannot_reply()
    {
        var administrator = await app.Clients.StaffAsync("vienne", app.Vienne.Administrator);

        var thread = await administrator.Http.GetAsync($"/vienne/admin/messages/{app.Thread}");
        var attachment = await administrator.Http.GetAsync($"/vienne/admin/messages/{app.Thread}/piece-jointe");
        var reply = await administrator.PostWithTokenAsync("/vienne/admin/messages", $"/vienne/admin/messages/{app.Thread}?handler=Repondre",
            new Dictionary<string, string> { ["Reponse"] = "Réponse d'une autre commune" });
        var archive = await administrator.PostWithTokenAsync("/vienne/admin/messages", $"/vienne/admin/messages/{app.Thread}?handler=Archiver",
            new Dictionary<string, string>());
        var (_, inbox) = await administrator.GetAsync("/vienne/admin/messages");

        await thread.ShouldBeNotFoundAsync();
        await attachment.ShouldBeNotFoundAsync();
        await reply.ShouldBeNotFoundAsync();
        await archive.ShouldBeNotFoundAsync();
        inbox.QuerySelector("main")!.TextContent.ShouldNotContain("Dossier confidentiel");
        var atLyon = await app.SendAsync("lyon", s => s.Send(new GetInboxThreadQuery(app.Thread)));
        atLyon!.Entries.Count.ShouldBe(1);
        atLyon.Status.ShouldBe("Unread");
    }

    [Fact]
    public async Task The_towns_staff_download_the_attachment()
    {
        var administrator = await app.Clients.StaffAsync("lyon", app.Lyon.Administrator);

        var attachment = await administrator.Http.GetAsync($"/lyon/admin/messages/{app.Thread}/piece-jointe");

        await attachment.ShouldBePdfAsync(TestFiles.Menu, "attachment", "avis.pdf");
    }

    [Fact]
    public async Task Unknown_thread_addresses_are_not_found()
    {
        var parent = await app.Clients.GuardianAsync("lyon", app.Lyon.Family.Guardian);
        var administrator = await app.Clients.StaffAsync("lyon", app.Lyon.Administrator);
        var unknown = Guid.NewGuid();

        await (await parent.Http.GetAsync($"/lyon/mes-messages/{unknown}")).ShouldBeNotFoundAsync();
        await (await parent.Http.GetAsync($"/lyon/mes-messages/{unknown}/piece-jointe")).ShouldBeNotFoundAsync();
        await (await administrator.Http.GetAsync($"/lyon/admin/messages/{unknown}")).ShouldBeNotFoundAsync();
        await (await administrator.Http.GetAsync($"/lyon/admin/messages/{unknown}/piece-jointe")).ShouldBeNotFoundAsync();
        await (await administrator.PostWithTokenAsync("/lyon/admin/messages", $"/lyon/admin/messages/{unknown}?handler=Attribuer",
            new Dictionary<string, string> { ["Collegue"] = Guid.NewGuid().ToString() })).ShouldBeNotFoundAsync();
        await (await administrator.PostWithTokenAsync("/lyon/admin/messages", $"/lyon/admin/messages/{unknown}?handler=Lu&lu=true",
            new Dictionary<string, string>())).ShouldBeNotFoundAsync();
    }
}

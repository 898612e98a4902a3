using System.Net;
using Cantine.Host.Tests.Support;
using Cantine.Messaging.Contracts.GetInboxThread;
using Cantine.Messaging.Contracts.ListFamilyThreads;
using Cantine.Messaging.Contracts.SendContactMessage;

namespace Cantine.Host.Tests.Contact;

/// <summary>
/// The contact form and every form of the inbox (reply, mark read, archive, assign) refuse a post without its
/// antiforgery token with the French 400 page, and the post has no effect (SPEC §9, STYLE §9).
/// </summary>
public sealed class ContactFormsAntiforgeryTests(ContactFormsAntiforgeryTests.App app) : IClassFixture<ContactFormsAntiforgeryTests.App>
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

        public async Task<Guid> WrittenAsync(string subject)
        {
            var family = Town.Family;
            return (await SendAsync("lyon", s => s.Send(new SendContactMessageCommand(
                family.FamilyId, family.Guardian.UserId, "Marie Durand", family.Guardian.Email, subject, "Bonjour.", null, null)))).Value;
        }

        public Task<Cantine.Messaging.Contracts.Threads.ThreadDto?> ThreadAsync(Guid id) => SendAsync("lyon", s => s.Send(new GetInboxThreadQuery(id)));

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_contact_form_without_the_token_is_refused()
    {
        var parent = await app.Clients.GuardianAsync("lyon", app.Town.Family.Guardian);

        var response = await parent.SubmitMultipartWithoutTokenAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Message forgé",
            ["Message.Texte"] = "Envoyé depuis un autre site.",
        }, [new UploadedFile("Message.PieceJointe", "forge.pdf", TestFiles.Menu)]);

        await ShouldBeRefusedAsync(response);
        var threads = await app.SendAsync("lyon", s => s.Send(new ListFamilyThreadsQuery(app.Town.Family.FamilyId)));
        threads.ShouldNotContain(t => t.Subject == "Message forgé");
    }

    [Fact]
    public async Task A_reply_without_the_token_is_refused()
    {
        var id = await app.WrittenAsync("Réponse forgée");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitWithoutTokenAsync(
            $"/lyon/admin/messages/{id}", new Dictionary<string, string> { ["Reponse"] = "Réponse forgée" }, "handler=Repondre");

        await ShouldBeRefusedAsync(response);
        (await app.ThreadAsync(id))!.Entries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Marking_read_without_the_token_is_refused()
    {
        var id = await app.WrittenAsync("Lecture forgée");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitWithoutTokenAsync($"/lyon/admin/messages/{id}", new Dictionary<string, string>(), "handler=Lu");

        await ShouldBeRefusedAsync(response);
        (await app.ThreadAsync(id))!.Status.ShouldBe("Unread");
    }

    [Fact]
    public async Task Archiving_without_the_token_is_refused()
    {
        var id = await app.WrittenAsync("Archivage forgé");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitWithoutTokenAsync($"/lyon/admin/messages/{id}", new Dictionary<string, string>(), "handler=Archiver");

        await ShouldBeRefusedAsync(response);
        (await app.ThreadAsync(id))!.Status.ShouldBe("Unread");
    }

    [Fact]
    public async Task Assigning_without_the_token_is_refused()
    {
        var id = await app.WrittenAsync("Attribution forgée");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitWithoutTokenAsync(
            $"/lyon/admin/messages/{id}", new Dictionary<string, string> { ["Collegue"] = app.Town.Agent.UserId.ToString() }, "handler=Attribuer");

        await ShouldBeRefusedAsync(response);
        (await app.ThreadAsync(id))!.AssigneeId.ShouldBeNull();
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ReadPageAsync();
        page.Heading().ShouldBe("Requête invalide");
        page.QuerySelector("main")!.TextContent.ShouldContain("Rechargez la page et recommencez.", Case.Sensitive);
    }
}

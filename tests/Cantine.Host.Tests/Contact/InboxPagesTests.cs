using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;
using Cantine.Messaging.Contracts.SendContactMessage;

namespace Cantine.Host.Tests.Contact;

/// <summary>
/// The staff inbox at /admin/messages (SPEC §7): boxes "Non lus", "Lus", "Archivés"; a thread with its
/// attachment; reply (the family reads it in "Mes messages" and gets an e-mail), mark, archive, assign.
/// </summary>
public sealed class InboxPagesTests(InboxPagesTests.App app) : IClassFixture<InboxPagesTests.App>
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

        public Task<PortalClient> ParentAsync() => Clients.GuardianAsync("lyon", Town.Family.Guardian);

        public async Task<Guid> WrittenAsync(string subject, byte[]? attachment = null)
        {
            var family = Town.Family;
            var result = await SendAsync("lyon", s => s.Send(new SendContactMessageCommand(
                family.FamilyId, family.Guardian.UserId, "Marie Durand", family.Guardian.Email, subject,
                "Bonjour, " + subject.ToLowerInvariant() + " ?", attachment is null ? null : "justificatif.pdf", attachment)));
            return result.Value;
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_new_message_is_listed_in_the_unread_box_with_its_attachment_flag()
    {
        var id = await app.WrittenAsync("Tarif du centre de loisirs", TestFiles.Menu);
        var administrator = await app.AdministratorAsync();

        var (response, page) = await administrator.GetAsync("/lyon/admin/messages");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Messages des familles");
        page.QuerySelector("main nav a[aria-current=page]")!.TextContent.ShouldBe("Non lus");
        page.QuerySelectorAll("main nav a").Select(a => a.TextContent).ShouldBe(["Non lus", "Lus", "Archivés"]);
        var row = ThreadRow(page, id);
        row.ShouldNotBeNull();
        row.TextContent.ShouldContain("Tarif du centre de loisirs (pièce jointe)");
        row.TextContent.ShouldContain("Marie Durand");
        row.TextContent.ShouldContain("À répondre");
        page.QuerySelector("nav.band-admin a[href='/lyon/admin/messages']")!.TextContent.ShouldBe("Messages");
    }

    [Fact]
    public async Task The_thread_page_shows_the_message_the_author_and_the_attachment()
    {
        var id = await app.WrittenAsync("Attestation CAF", TestFiles.Rules);
        var administrator = await app.AdministratorAsync();

        var (response, page) = await administrator.GetAsync($"/lyon/admin/messages/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Attestation CAF");
        Fact(page, "De").ShouldBe($"Marie Durand ({app.Town.Family.Guardian.Email})");
        Fact(page, "État").ShouldBe("Non lu");
        page.QuerySelector("main .thread-body")!.TextContent.ShouldBe("Bonjour, attestation caf ?");
        page.Label("Reponse").ShouldBe("Votre réponse");
        page.Label("Collegue").ShouldBe("Attribuer à");
        var link = (IHtmlAnchorElement)page.QuerySelector($"main a[href='/lyon/admin/messages/{id}/piece-jointe']")!;
        link.TextContent.ShouldBe("justificatif.pdf");
        await (await administrator.Http.GetAsync(link.GetAttribute("href")!)).ShouldBePdfAsync(TestFiles.Rules, "attachment", "justificatif.pdf");
    }

    [Fact]
    public async Task A_reply_reaches_the_familys_thread_and_an_email_tells_the_family()
    {
        var id = await app.WrittenAsync("Menu végétarien");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitAsync($"/lyon/admin/messages/{id}", new Dictionary<string, string>
        {
            ["Reponse"] = "Bonjour, un menu végétarien est proposé chaque jeudi.",
        }, "handler=Repondre");

        PortalClient.Location(response).ShouldBe($"/lyon/admin/messages/{id}");
        var (_, staffPage) = await administrator.GetAsync($"/lyon/admin/messages/{id}");
        staffPage.Confirmation().ShouldBe("Votre réponse est envoyée ; la famille est prévenue par e-mail.");
        Fact(staffPage, "État").ShouldBe("Lu");
        var email = await app.Smtp.WaitForAsync(m =>
            m.To.Mailboxes.Any(b => b.Address == app.Town.Family.Guardian.Email) && (m.TextBody ?? string.Empty).Contains($"/lyon/mes-messages/{id}", StringComparison.Ordinal));
        email.Subject.ShouldBe("Ville de Lyon a répondu à votre message");
        var parent = await app.ParentAsync();
        var (_, thread) = await parent.GetAsync($"/lyon/mes-messages/{id}");
        var reply = thread.QuerySelector("main .thread-staff");
        reply.ShouldNotBeNull();
        reply.QuerySelector(".thread-body")!.TextContent.ShouldBe("Bonjour, un menu végétarien est proposé chaque jeudi.");
        reply.QuerySelector(".thread-meta strong")!.TextContent.ShouldBe("Anne Admin");
        var (_, list) = await parent.GetAsync("/lyon/mes-messages");
        list.QuerySelector($"main a[href='/lyon/mes-messages/{id}']")!.Closest("tr")!.TextContent.ShouldContain("Répondu (1)");
    }

    [Fact]
    public async Task An_empty_reply_is_refused_with_a_french_message()
    {
        var id = await app.WrittenAsync("Question sans réponse");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitAsync($"/lyon/admin/messages/{id}", new Dictionary<string, string> { ["Reponse"] = "" }, "handler=Repondre");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(["Ce champ est obligatoire."]);
        page.QuerySelectorAll("main .thread-staff").ShouldBeEmpty();
    }

    [Fact]
    public async Task Marking_read_and_unread_moves_the_thread_between_the_boxes()
    {
        var id = await app.WrittenAsync("Lu puis non lu");
        var administrator = await app.AdministratorAsync();

        var read = await administrator.SubmitAsync($"/lyon/admin/messages/{id}", new Dictionary<string, string>(), "handler=Lu");

        PortalClient.Location(read).ShouldBe($"/lyon/admin/messages/{id}");
        var (_, page) = await administrator.GetAsync($"/lyon/admin/messages/{id}");
        page.Confirmation().ShouldBe("Message marqué comme lu.");
        await ShouldBeInBoxAsync(administrator, id, "lus");

        var unread = await administrator.SubmitAsync(page, $"/lyon/admin/messages/{id}", new Dictionary<string, string>(), "handler=Lu");

        PortalClient.Location(unread).ShouldBe($"/lyon/admin/messages/{id}");
        (await administrator.GetAsync($"/lyon/admin/messages/{id}")).Page.Confirmation().ShouldBe("Message marqué comme non lu.");
        await ShouldBeInBoxAsync(administrator, id, "non-lus");
    }

    [Fact]
    public async Task Archiving_moves_the_thread_to_the_archived_box()
    {
        var id = await app.WrittenAsync("À archiver");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitAsync($"/lyon/admin/messages/{id}", new Dictionary<string, string>(), "handler=Archiver");

        PortalClient.Location(response).ShouldBe($"/lyon/admin/messages/{id}");
        var (_, page) = await administrator.GetAsync($"/lyon/admin/messages/{id}");
        page.Confirmation().ShouldBe("Message archivé.");
        Fact(page, "État").ShouldBe("Archivé");
        await ShouldBeInBoxAsync(administrator, id, "archives");
        var (_, archived) = await administrator.GetAsync("/lyon/admin/messages?boite=archives");
        archived.QuerySelector("main nav a[aria-current=page]")!.TextContent.ShouldBe("Archivés");
    }

    [Fact]
    public async Task Assigning_to_a_colleague_names_them_on_the_thread_and_in_the_inbox()
    {
        var id = await app.WrittenAsync("Pour Paul");
        var administrator = await app.AdministratorAsync();
        var (_, before) = await administrator.GetAsync($"/lyon/admin/messages/{id}");
        var options = before.QuerySelectorAll("#Collegue option").Select(o => o.TextContent).ToList();
        options.ShouldContain("Paul Agent");
        options.ShouldContain("Anne Admin");

        var response = await administrator.SubmitAsync(before, $"/lyon/admin/messages/{id}", new Dictionary<string, string>
        {
            ["Collegue"] = app.Town.Agent.UserId.ToString(),
        }, "handler=Attribuer");

        PortalClient.Location(response).ShouldBe($"/lyon/admin/messages/{id}");
        var (_, page) = await administrator.GetAsync($"/lyon/admin/messages/{id}");
        page.Confirmation().ShouldBe("Message attribué à Paul Agent.");
        Fact(page, "Attribué à").ShouldBe("Paul Agent");
        ((IHtmlSelectElement)page.QuerySelector("#Collegue")!).Value.ShouldBe(app.Town.Agent.UserId.ToString());
        var (_, inbox) = await administrator.GetAsync("/lyon/admin/messages");
        ThreadRow(inbox, id)!.TextContent.ShouldContain("Paul Agent");
    }

    [Fact]
    public async Task Assigning_to_someone_who_is_not_staff_is_refused()
    {
        var id = await app.WrittenAsync("Attribution impossible");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitAsync($"/lyon/admin/messages/{id}", new Dictionary<string, string>
        {
            ["Collegue"] = app.Town.Family.Guardian.UserId.ToString(),
        }, "handler=Attribuer");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(["Choisissez un membre du personnel dans la liste."]);
        Fact(page, "Attribué à").ShouldBe("—");
    }

    [Fact]
    public async Task What_a_family_types_is_shown_as_text_never_as_markup()
    {
        const string Subject = "<script>alert('objet')</script>";
        var id = await app.WrittenAsync(Subject);
        var administrator = await app.AdministratorAsync();

        var (_, inbox) = await administrator.GetAsync("/lyon/admin/messages");
        var (_, thread) = await administrator.GetAsync($"/lyon/admin/messages/{id}");

        ThreadRow(inbox, id)!.QuerySelector("a")!.TextContent.ShouldBe(Subject);
        thread.Heading().ShouldBe(Subject);
        inbox.QuerySelectorAll("main script").ShouldBeEmpty();
        thread.QuerySelectorAll("main script").ShouldBeEmpty();
        var email = await app.Smtp.WaitForAsync(m => (m.TextBody ?? string.Empty).Contains($"/lyon/admin/messages/{id}", StringComparison.Ordinal));
        email.HtmlBody!.ShouldNotContain("<script>");
        email.HtmlBody!.ShouldContain("&lt;script&gt;");
    }

    /// <summary>The value (dd) of a fact (dt) of the thread page.</summary>
    private static string Fact(IHtmlDocument page, string name) =>
        Html.Text(page.QuerySelectorAll("main dl dt").Single(dt => dt.TextContent == name).NextElementSibling);

    private static AngleSharp.Dom.IElement? ThreadRow(AngleSharp.Html.Dom.IHtmlDocument page, Guid id) =>
        page.QuerySelector($"main a[href='/lyon/admin/messages/{id}']")?.Closest("tr");

    private static async Task ShouldBeInBoxAsync(PortalClient administrator, Guid id, string box)
    {
        foreach (var each in new[] { "non-lus", "lus", "archives" })
        {
            var (_, page) = await administrator.GetAsync($"/lyon/admin/messages?boite={each}");
            (ThreadRow(page, id) is not null).ShouldBe(each == box, $"in box {each}");
        }
    }
}

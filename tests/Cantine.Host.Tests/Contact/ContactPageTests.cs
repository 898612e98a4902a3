using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;
using Cantine.Messaging.Contracts.GetInboxThread;

namespace Cantine.Host.Tests.Contact;

/// <summary>
/// "Contact" (manual §8, SPEC §7): the structure's address and phone, a form with an optional PDF, "Envoyer", a
/// confirmation; errors keep what was typed. "Mes messages" shows the thread. The attachment limit is 1 MB here.
/// </summary>
public sealed class ContactPageTests(ContactPageTests.App app) : IClassFixture<ContactPageTests.App>
{
    private const string Sent = "Votre message a été envoyé au service. Vous retrouverez la réponse dans « Mes messages ».";
    private const string NotPdf = "La pièce jointe n'est pas un PDF valide. Seuls les fichiers PDF sont acceptés.";

    public sealed class App : CantineApp
    {
        public const int Limit = 1024 * 1024;

        public TestTown Town { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Messaging:MaxAttachmentBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
        }

        public Task<PortalClient> ParentAsync() => Clients.GuardianAsync("lyon", Town.Family.Guardian);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_contact_page_shows_the_towns_address_and_phone_and_the_form()
    {
        var parent = await app.ParentAsync();

        var (response, page) = await parent.GetAsync("/lyon/contact");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Contacter votre structure");
        page.QuerySelector("nav.band a[aria-current=page]")!.TextContent.ShouldBe("Contact");
        var address = Html.Text(page.QuerySelector("main address"));
        address.ShouldContain("1 rue de la Paix");
        address.ShouldContain("69001 Lyon");
        address.ShouldContain("Téléphone : 04 72 00 00 00");
        page.QuerySelector("main address a[href='tel:0472000000']").ShouldNotBeNull();
        page.Label("Message_Objet").ShouldBe("Objet");
        page.Label("Message_Texte").ShouldBe("Message");
        page.Label("Message_PieceJointe").ShouldBe("Pièce jointe (PDF, facultatif, max. 1 Mo)");
        var form = PortalClient.MainForm(page, "/lyon/contact");
        form.GetAttribute("enctype").ShouldBe("multipart/form-data");
        form.QuerySelector("button[type=submit]")!.TextContent.Trim().ShouldBe("Envoyer");
        page.QuerySelector("main a[href='/lyon/mes-messages']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Sending_a_message_with_a_pdf_confirms_it_and_the_thread_appears_in_mes_messages()
    {
        var parent = await app.ParentAsync();

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Certificat médical",
            ["Message.Texte"] = "Bonjour,\nvoici le certificat médical de Jade.",
        }, [new UploadedFile("Message.PieceJointe", "certificat.pdf", TestFiles.Menu)]);

        PortalClient.Location(response).ShouldBe("/lyon/contact");
        (await parent.GetAsync("/lyon/contact")).Page.Confirmation().ShouldBe(Sent);
        var (listResponse, list) = await parent.GetAsync("/lyon/mes-messages");
        listResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Heading().ShouldBe("Mes messages");
        var link = list.QuerySelectorAll("main tbody a").OfType<IHtmlAnchorElement>().Single(a => a.TextContent == "Certificat médical");
        link.Closest("tr")!.TextContent.ShouldContain("En attente de réponse");
        var threadUrl = link.GetAttribute("href")!;
        var (threadResponse, thread) = await parent.GetAsync(threadUrl);
        threadResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        thread.Heading().ShouldBe("Certificat médical");
        thread.QuerySelector("main .thread-family .thread-body")!.TextContent.ShouldBe("Bonjour,\nvoici le certificat médical de Jade.");
        thread.QuerySelector("main .thread-family .thread-meta")!.TextContent.ShouldContain("Marie Durand");
        var attachment = (IHtmlAnchorElement)thread.QuerySelector($"main a[href='{threadUrl}/piece-jointe']")!;
        attachment.TextContent.ShouldBe("certificat.pdf");
        await (await parent.Http.GetAsync(attachment.GetAttribute("href")!)).ShouldBePdfAsync(TestFiles.Menu, "inline", "certificat.pdf");
    }

    [Fact]
    public async Task The_message_reaches_the_towns_inbox_with_the_parents_name_and_address_and_the_town_is_told()
    {
        var parent = await app.ParentAsync();

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Repas du mardi",
            ["Message.Texte"] = "Jade mangera-t-elle à la cantine mardi ?",
        }, []);

        PortalClient.Location(response).ShouldBe("/lyon/contact");
        var email = await app.Smtp.WaitForAsync(m => m.Subject == "Nouveau message d'une famille : Repas du mardi" && m.To.Mailboxes.Single().Address == "contact@lyon.test");
        var id = Guid.Parse(System.Text.RegularExpressions.Regex.Match(email.TextBody!, @"/lyon/admin/messages/([0-9a-f-]{36})").Groups[1].Value);
        var thread = await app.SendAsync("lyon", s => s.Send(new GetInboxThreadQuery(id)));
        thread!.AuthorName.ShouldBe("Marie Durand");
        thread.AuthorEmail.ShouldBe(app.Town.Family.Guardian.Email);
        thread.FamilyId.ShouldBe(app.Town.Family.FamilyId);
        thread.AttachmentName.ShouldBeNull();
    }

    [Fact]
    public async Task An_empty_message_is_refused_and_the_typed_subject_is_kept()
    {
        var parent = await app.ParentAsync();

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Inscription au périscolaire",
            ["Message.Texte"] = "",
        }, []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(["Ce champ est obligatoire."]);
        page.QuerySelector("main .notice-error a[href='#Message_Texte']").ShouldNotBeNull();
        page.Field("Message_Objet").Value.ShouldBe("Inscription au périscolaire");
        page.Confirmation().ShouldBeNull();
        (await parent.GetAsync("/lyon/mes-messages")).Page.QuerySelector("main")!.TextContent.ShouldNotContain("Inscription au périscolaire");
    }

    [Fact]
    public async Task An_empty_subject_is_refused_and_the_typed_message_is_kept()
    {
        var parent = await app.ParentAsync();

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = " ",
            ["Message.Texte"] = "Un message\nsur deux lignes.",
        }, []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(["Ce champ est obligatoire."]);
        page.QuerySelector("main .notice-error a[href='#Message_Objet']").ShouldNotBeNull();
        ((IHtmlTextAreaElement)page.QuerySelector("#Message_Texte")!).Value.ShouldBe("Un message\nsur deux lignes.");
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_and_the_subject_and_message_are_kept()
    {
        var parent = await app.ParentAsync();

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Photo de l'ordonnance",
            ["Message.Texte"] = "Voici la photo de l'ordonnance.",
        }, [new UploadedFile("Message.PieceJointe", "ordonnance.pdf", TestFiles.Png, "application/pdf")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe([NotPdf]);
        page.QuerySelector("main .notice-error a[href='#Message_PieceJointe']").ShouldNotBeNull();
        page.Field("Message_Objet").Value.ShouldBe("Photo de l'ordonnance");
        ((IHtmlTextAreaElement)page.QuerySelector("#Message_Texte")!).Value.ShouldBe("Voici la photo de l'ordonnance.");
        Html.Text(page.QuerySelector("#aide-pj")).ShouldBe("Pour des raisons de sécurité, le navigateur ne garde pas le fichier : choisissez-le à nouveau.");
        (await parent.GetAsync("/lyon/mes-messages")).Page.QuerySelector("main")!.TextContent.ShouldNotContain("Photo de l'ordonnance");
    }

    [Fact]
    public async Task A_polyglot_with_a_foreign_header_is_refused()
    {
        var parent = await app.ParentAsync();

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Fichier déguisé",
            ["Message.Texte"] = "Voir la pièce jointe.",
        }, [new UploadedFile("Message.PieceJointe", "facture.pdf", TestFiles.GarbageThenPdf)]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe([NotPdf]);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_the_typed_text_is_kept()
    {
        var parent = await app.ParentAsync();

        var response = await parent.SubmitMultipartAsync("/lyon/contact", new Dictionary<string, string>
        {
            ["Message.Objet"] = "Scan trop lourd",
            ["Message.Texte"] = "Voici le scan du dossier.",
        }, [new UploadedFile("Message.PieceJointe", "scan.pdf", TestFiles.PdfOfSize(App.Limit + 1))]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(["La pièce jointe dépasse la taille maximale de 1 Mo."]);
        page.Field("Message_Objet").Value.ShouldBe("Scan trop lourd");
        ((IHtmlTextAreaElement)page.QuerySelector("#Message_Texte")!).Value.ShouldBe("Voici le scan du dossier.");
    }

    [Fact]
    public async Task Mes_messages_says_when_there_is_no_message_yet()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", app.Town.OtherFamily.Guardian.Login);

        var (response, page) = await client.GetAsync("/lyon/mes-messages");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("main")!.TextContent.ShouldContain("Vous n'avez encore envoyé aucun message.");
        page.QuerySelector("main a[href='/lyon/contact']")!.TextContent.ShouldBe("Écrire un nouveau message");
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        using var anonymous = app.CreatePortalClient();

        PortalClient.Location(await anonymous.Http.GetAsync("/lyon/contact")).ShouldBe("/lyon?retour=%2Flyon%2Fcontact");
        PortalClient.Location(await anonymous.Http.GetAsync("/lyon/mes-messages")).ShouldBe("/lyon?retour=%2Flyon%2Fmes-messages");
    }
}

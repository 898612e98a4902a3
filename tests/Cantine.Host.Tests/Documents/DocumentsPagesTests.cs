using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Documents;

/// <summary>
/// "Documents" (manual §7, SPEC §6): families list the live documents of their town and open them; staff
/// publish, replace and withdraw them from /admin/documents. The upload limit is set to 512 KB here ("0,5 Mo").
/// </summary>
public sealed class DocumentsPagesTests(DocumentsPagesTests.App app) : IClassFixture<DocumentsPagesTests.App>
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public sealed class App : CantineApp
    {
        public const int Limit = 512 * 1024;

        public TestTown Town { get; private set; } = null!;

        public TestTown Other { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Documents:MaxFileBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
            Other = await TestTown.CreateAsync(this, "vienne");
        }

        public Task<PortalClient> ParentAsync() => Clients.GuardianAsync("lyon", Town.Family.Guardian);

        public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Town.Administrator);

        public async Task<Guid> PublishAsync(string title, byte[]? content = null, string fileName = "menus-semaine.pdf", DateOnly? from = null, DateOnly? until = null)
        {
            var result = await SendAsync("lyon", s => s.Send(new PublishDocumentCommand(title, "Menus", fileName, content ?? TestFiles.Menu, from, until)));
            result.IsSuccess.ShouldBeTrue();
            return result.Value;
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private DateOnly Today => app.Clock.ParisToday();

    [Fact]
    public async Task A_parent_sees_the_live_documents_with_title_category_and_date()
    {
        var since = Today.AddDays(-3);
        var id = await app.PublishAsync("Menus de la quinzaine", from: since);
        var parent = await app.ParentAsync();

        var (response, page) = await parent.GetAsync("/lyon/documents");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Documents");
        page.QuerySelector("nav.band a[aria-current=page]")!.TextContent.ShouldBe("Documents");
        var link = DocumentLink(page, id);
        link.ShouldNotBeNull();
        link.TextContent.ShouldBe("Menus de la quinzaine");
        link.Target.ShouldBe("_blank");
        link.Relation.ShouldBe("noopener");
        var cells = link.Closest("tr")!.QuerySelectorAll("td").Select(Html.Text).ToList();
        cells[0].ShouldContain("(PDF, 1 Ko, nouvel onglet)");
        cells[1].ShouldBe("Menus");
        cells[2].ShouldBe(since.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_town_without_documents_says_so()
    {
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("vienne", app.Other.Family.Guardian.Login);

        var (response, page) = await parent.GetAsync("/vienne/documents");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("main")!.TextContent.ShouldContain("Aucun document n'est disponible pour le moment.");
        page.QuerySelector("main table").ShouldBeNull();
    }

    [Fact]
    public async Task The_title_opens_the_pdf_inline_with_safe_headers()
    {
        var id = await app.PublishAsync("Menus à ouvrir", TestFiles.Menu, "menus-semaine.pdf");
        var parent = await app.ParentAsync();

        var response = await parent.Http.GetAsync($"/lyon/documents/{id}");

        await response.ShouldBePdfAsync(TestFiles.Menu, "inline", "menus-semaine.pdf");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
    }

    [Fact]
    public async Task A_document_outside_its_window_is_not_listed_and_its_address_is_not_found()
    {
        var future = await app.PublishAsync("Menus du mois prochain", from: Today.AddDays(20));
        var past = await app.PublishAsync("Menus du mois dernier", from: Today.AddDays(-40), until: Today.AddDays(-10));
        var parent = await app.ParentAsync();

        var (_, page) = await parent.GetAsync("/lyon/documents");

        DocumentLink(page, future).ShouldBeNull();
        DocumentLink(page, past).ShouldBeNull();
        await (await parent.Http.GetAsync($"/lyon/documents/{future}")).ShouldBeNotFoundAsync();
        await (await parent.Http.GetAsync($"/lyon/documents/{past}")).ShouldBeNotFoundAsync();
    }

    [Fact]
    public async Task An_unknown_document_address_is_not_found()
    {
        var parent = await app.ParentAsync();

        await (await parent.Http.GetAsync($"/lyon/documents/{Guid.NewGuid()}")).ShouldBeNotFoundAsync();
        (await parent.Http.GetAsync("/lyon/documents/menus.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page_not_to_the_file()
    {
        var id = await app.PublishAsync("Menus (anonyme)");
        using var anonymous = app.CreatePortalClient();

        var list = await anonymous.Http.GetAsync("/lyon/documents");
        var file = await anonymous.Http.GetAsync($"/lyon/documents/{id}");

        PortalClient.Location(list).ShouldBe("/lyon?retour=%2Flyon%2Fdocuments");
        PortalClient.Location(file).ShouldBe($"/lyon?retour=%2Flyon%2Fdocuments%2F{id}");
    }

    [Fact]
    public async Task Staff_publish_a_pdf_and_families_see_it()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMultipartAsync("/lyon/admin/documents", new Dictionary<string, string>
        {
            ["Publication.Titre"] = "Programme des mercredis",
            ["Publication.Categorie"] = "Activités",
        }, [new UploadedFile("Publication.Fichier", "programme.pdf", TestFiles.Rules)]);

        PortalClient.Location(response).ShouldBe("/lyon/admin/documents");
        var (_, staffPage) = await administrator.GetAsync("/lyon/admin/documents");
        staffPage.Confirmation().ShouldBe("Le document « Programme des mercredis » est publié.");
        var row = staffPage.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Programme des mercredis"));
        row.TextContent.ShouldContain("Activités");
        row.TextContent.ShouldContain("En ligne");
        var parent = await app.ParentAsync();
        var (_, familyPage) = await parent.GetAsync("/lyon/documents");
        var link = familyPage.QuerySelectorAll("main a").OfType<IHtmlAnchorElement>().Single(a => a.TextContent == "Programme des mercredis");
        await (await parent.Http.GetAsync(link.GetAttribute("href")!)).ShouldBePdfAsync(TestFiles.Rules, "inline", "programme.pdf");
    }

    [Fact]
    public async Task The_publish_form_has_french_labels()
    {
        var administrator = await app.AdministratorAsync();

        var (response, page) = await administrator.GetAsync("/lyon/admin/documents");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Documents");
        page.Label("Publication_Titre").ShouldBe("Titre");
        page.Label("Publication_Categorie").ShouldBe("Catégorie");
        page.Label("Publication_Fichier").ShouldBe("Fichier PDF (max. 0,5 Mo)");
        page.Label("Publication_VisibleDu").ShouldBe("Visible à partir du (facultatif)");
        page.Label("Publication_VisibleAu").ShouldBe("Visible jusqu'au (facultatif)");
        page.QuerySelector("main form button[type=submit]")!.TextContent.Trim().ShouldBe("Publier");
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_and_the_typed_title_is_kept()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMultipartAsync("/lyon/admin/documents", new Dictionary<string, string>
        {
            ["Publication.Titre"] = "Photo du menu",
            ["Publication.Categorie"] = "Menus",
        }, [new UploadedFile("Publication.Fichier", "menu.pdf", TestFiles.Png, "application/pdf")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(["Ce fichier n'est pas un PDF valide. Seuls les fichiers PDF sont acceptés."]);
        page.Field("Publication_Titre").Value.ShouldBe("Photo du menu");
        ((IHtmlSelectElement)page.QuerySelector("#Publication_Categorie")!).Value.ShouldBe("Menus");
        page.QuerySelector("main tbody")?.TextContent.ShouldNotContain("Photo du menu");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_the_limit_in_the_message()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMultipartAsync("/lyon/admin/documents", new Dictionary<string, string>
        {
            ["Publication.Titre"] = "Menus trop lourds",
            ["Publication.Categorie"] = "Menus",
        }, [new UploadedFile("Publication.Fichier", "lourd.pdf", TestFiles.PdfOfSize(App.Limit + 1))]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(["Le fichier dépasse la taille maximale de 0,5 Mo."]);
        page.Field("Publication_Titre").Value.ShouldBe("Menus trop lourds");
    }

    [Fact]
    public async Task Publishing_without_a_file_or_title_says_what_is_missing()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMultipartAsync("/lyon/admin/documents", new Dictionary<string, string>
        {
            ["Publication.Titre"] = "",
            ["Publication.Categorie"] = "Menus",
        }, []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldContain("Ce champ est obligatoire.");
        page.QuerySelector("main .notice-error a[href='#Publication_Titre']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Staff_replace_the_file_and_families_get_the_new_one()
    {
        var id = await app.PublishAsync("Menus (à corriger)");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMultipartAsync(
            $"/lyon/admin/documents/{id}", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "menus-corriges.pdf", TestFiles.Rules)], "handler=Remplacer");

        PortalClient.Location(response).ShouldBe($"/lyon/admin/documents/{id}");
        var (_, page) = await administrator.GetAsync($"/lyon/admin/documents/{id}");
        page.Confirmation().ShouldBe("Le fichier a été remplacé.");
        page.Label("Fichier").ShouldBe("Nouveau fichier PDF (max. 0,5 Mo)");
        var parent = await app.ParentAsync();
        await (await parent.Http.GetAsync($"/lyon/documents/{id}")).ShouldBePdfAsync(TestFiles.Rules, "inline", "menus-corriges.pdf");
    }

    [Fact]
    public async Task A_replacement_that_is_not_a_pdf_is_refused_and_the_old_file_is_still_served()
    {
        var id = await app.PublishAsync("Menus (remplacement refusé)");
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMultipartAsync(
            $"/lyon/admin/documents/{id}", new Dictionary<string, string>(),
            [new UploadedFile("Fichier", "page.pdf", TestFiles.Html)], "handler=Remplacer");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe(["Ce fichier n'est pas un PDF valide. Seuls les fichiers PDF sont acceptés."]);
        var parent = await app.ParentAsync();
        await (await parent.Http.GetAsync($"/lyon/documents/{id}")).ShouldBePdfAsync(TestFiles.Menu, "inline", "menus-semaine.pdf");
    }

    [Fact]
    public async Task A_withdrawn_document_disappears_for_families_and_its_address_is_not_found()
    {
        var id = await app.PublishAsync("Menus (retirés)");
        var parent = await app.ParentAsync();
        (await parent.Http.GetAsync($"/lyon/documents/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitAsync(
            (await administrator.GetAsync($"/lyon/admin/documents/{id}")).Page, $"/lyon/admin/documents/{id}", new Dictionary<string, string>(), "handler=Retirer");

        PortalClient.Location(response).ShouldBe("/lyon/admin/documents");
        var (_, staffPage) = await administrator.GetAsync("/lyon/admin/documents");
        staffPage.Confirmation().ShouldBe("Le document est retiré : les familles ne le voient plus.");
        staffPage.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Menus (retirés)")).TextContent.ShouldContain("Retiré");
        DocumentLink((await parent.GetAsync("/lyon/documents")).Page, id).ShouldBeNull();
        await (await parent.Http.GetAsync($"/lyon/documents/{id}")).ShouldBeNotFoundAsync();
        await (await administrator.Http.GetAsync($"/lyon/admin/documents/{id}/fichier")).ShouldBePdfAsync(TestFiles.Menu, "inline", "menus-semaine.pdf");
        var (_, editPage) = await administrator.GetAsync($"/lyon/admin/documents/{id}");
        editPage.QuerySelector("main form").ShouldBeNull();
    }

    [Fact]
    public async Task Staff_see_a_future_document_as_out_of_period_and_open_it()
    {
        var id = await app.PublishAsync("Menus de la rentrée", from: Today.AddDays(30));
        var administrator = await app.AdministratorAsync();

        var (response, page) = await administrator.GetAsync($"/lyon/admin/documents/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Menus de la rentrée");
        page.QuerySelector("main dl")!.TextContent.ShouldContain("Hors période");
        await (await administrator.Http.GetAsync($"/lyon/admin/documents/{id}/fichier")).ShouldBePdfAsync(TestFiles.Menu, "inline", "menus-semaine.pdf");
    }

    [Fact]
    public async Task Unknown_documents_are_not_found_in_the_back_office()
    {
        var administrator = await app.AdministratorAsync();
        var unknown = Guid.NewGuid();

        await (await administrator.Http.GetAsync($"/lyon/admin/documents/{unknown}")).ShouldBeNotFoundAsync();
        await (await administrator.Http.GetAsync($"/lyon/admin/documents/{unknown}/fichier")).ShouldBeNotFoundAsync();
        await (await administrator.PostWithTokenAsync("/lyon/admin/documents", $"/lyon/admin/documents/{unknown}?handler=Retirer", new Dictionary<string, string>()))
            .ShouldBeNotFoundAsync();
    }

    private static IHtmlAnchorElement? DocumentLink(IHtmlDocument page, Guid id) =>
        page.QuerySelector($"main a[href='/lyon/documents/{id}']") as IHtmlAnchorElement;
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;
using Cantine.Invoicing.Contracts.GetFamilyInvoices;
using Xunit.Abstractions;

namespace Cantine.Host.Tests.Factures;

/// <summary>
/// "Factures" (manual §5.1–5.2, issue #14): the family's invoices and credit notes with their status and the balance, each
/// opening its stored PDF in a new tab (inline, nosniff) and its accessible HTML version; nothing of another family or town.
/// </summary>
public sealed class FacturesPagesTests(FacturesPagesTests.App app, ITestOutputHelper output) : IClassFixture<FacturesPagesTests.App>
{
    public sealed class App : CantineApp
    {
        public FacturesTown Lyon { get; private set; } = null!;

        public FacturesTown Vienne { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await FacturesTown.CreateAsync(this, "lyon");
            Vienne = await FacturesTown.CreateAsync(this, "vienne");
        }

        public Task<PortalClient> DurandAsync()
        {
            Clock.SetParisTime(FacturesTown.Today);
            return Clients.GuardianAsync("lyon", Lyon.Town.Family.Guardian);
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private static string Plain(string text) => string.Join(' ', text.Replace('\u00a0', ' ').Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task The_list_shows_each_invoice_and_credit_note_with_its_month_amount_due_date_and_status_and_the_balance_on_top()
    {
        var parent = await app.DurandAsync();

        var (response, page) = await parent.GetAsync("/lyon/factures");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Factures");
        Plain(page.QuerySelector("main .invoice-balance")!.TextContent).ShouldBe("Solde de votre compte : 134,30 € restant à payer.");
        app.Lyon.DurandBalanceCents.ShouldBe(13430);
        var table = page.QuerySelector("main table.invoices")!;
        table.QuerySelector("caption")!.TextContent.ShouldBe("Vos factures et avoirs");
        table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")).ShouldAllBe(scope => scope == "col");
        Rows(page).ShouldBe(
        [
            $"Avoir n° {FacturesTown.CreditNoteNumber} sur la facture n° {FacturesTown.AugustNumber} | août 2030 | 6,40 € | — | Avoir",
            $"Facture n° {FacturesTown.AugustNumber} | août 2030 | 80,70 € | 03/10/2030 | À payer",
            $"Facture n° {FacturesTown.JulyNumber} | juillet 2030 | 60,00 € | 03/09/2030 | En retard",
            $"Facture n° {FacturesTown.JuneNumber} | juin 2030 | 45,00 € | 03/08/2030 | Payée",
        ]);
        page.QuerySelector("main")!.TextContent.ShouldNotContain(FacturesTown.RouxAugustNumber);
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Payer par CB");
    }

    [Fact]
    public async Task Each_row_has_an_icon_that_opens_the_pdf_in_a_new_tab_and_a_link_to_the_html_version()
    {
        var parent = await app.DurandAsync();

        var (_, page) = await parent.GetAsync("/lyon/factures");

        var row = page.QuerySelector($"main tr[data-invoice='{app.Lyon.August}']")!;
        var icon = (IHtmlAnchorElement)row.QuerySelector("a[data-pdf]")!;
        icon.GetAttribute("href").ShouldBe($"/lyon/factures/{app.Lyon.August}/pdf");
        icon.Target.ShouldBe("_blank");
        icon.GetAttribute("rel").ShouldBe("noopener");
        icon.QuerySelector("svg")!.GetAttribute("aria-hidden").ShouldBe("true");
        icon.TextContent.Trim().ShouldBe($"Ouvrir Facture n° {FacturesTown.AugustNumber} en PDF (nouvel onglet)");
        var html = row.QuerySelector("a[data-html]")!;
        html.GetAttribute("href").ShouldBe($"/lyon/factures/{app.Lyon.August}");
        Plain(html.TextContent).ShouldBe($"Version accessible de Facture n° {FacturesTown.AugustNumber}");
        var band = page.QuerySelector("nav.band a[aria-current='page']")!;
        band.TextContent.ShouldBe("Factures");
        band.GetAttribute("href").ShouldBe("/lyon/factures");
    }

    [Fact]
    public async Task The_pdf_is_the_one_stored_at_issue_served_inline_with_nosniff()
    {
        var parent = await app.DurandAsync();

        var response = await parent.Http.GetAsync($"/lyon/factures/{app.Lyon.August}/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        (response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName?.Trim('"'))
            .ShouldBe($"facture-{FacturesTown.AugustNumber}.pdf");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain($"N° {FacturesTown.AugustNumber}");
        text.ShouldContain("Famille Durand");
        text.ShouldContain("80,70 €");
    }

    [Fact]
    public async Task The_html_version_has_the_same_content_with_headings_a_captioned_table_and_amounts_in_words()
    {
        var parent = await app.DurandAsync();

        var (response, page) = await parent.GetAsync($"/lyon/factures/{app.Lyon.August}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe($"Facture n° {FacturesTown.AugustNumber}");
        page.QuerySelectorAll("main h2").Select(h => h.TextContent).ShouldBe(["Émetteur", "Destinataire", "Détail de la facture", "Moyens de paiement"]);
        var main = Plain(page.QuerySelector("main")!.TextContent);
        main.ShouldContain("Statut : À payer — reste à payer : 74,30 €");
        main.ShouldContain("Échéance 03/10/2030");
        main.ShouldContain("Période août 2030");
        main.ShouldContain("Famille Durand");
        main.ShouldContain("3 rue des Lilas");
        var lines = page.QuerySelector("main table.invoice-lines")!;
        lines.QuerySelector("caption")!.TextContent.ShouldStartWith($"Lignes de Facture n° {FacturesTown.AugustNumber}");
        lines.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")).ShouldAllBe(scope => scope == "col");
        lines.QuerySelectorAll("tbody tr").Select(tr => Plain(string.Join(" | ", tr.QuerySelectorAll("td").Select(td => td.TextContent)))).ShouldBe(
        [
            "Jade Durand | Restauration scolaire | QF 501 à 900 | 12 | 3,20 € | 38,40 €",
            "Léo Durand | Restauration scolaire | QF ≤ 500 | 11 | 2,50 € | 27,50 €",
            "Léo Durand | Accueil du soir | — | 8 | 1,85 € | 14,80 €",
        ]);
        Plain(page.QuerySelector("main [data-total]")!.TextContent).ShouldBe("80,70 €");
        Plain(page.QuerySelector("main [data-to-pay]")!.TextContent).ShouldBe("80,70 €");
        main.ShouldContain($"Par chèque à l'ordre de « Régie de Ville de Lyon », en rappelant le n° {FacturesTown.AugustNumber} au dos.");
        var pdfLink = (IHtmlAnchorElement)page.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Ouvrir en PDF", StringComparison.Ordinal));
        pdfLink.Target.ShouldBe("_blank");
    }

    [Fact]
    public async Task A_credit_note_opens_as_a_credit_note()
    {
        var parent = await app.DurandAsync();

        var (_, page) = await parent.GetAsync($"/lyon/factures/{app.Lyon.CreditNote}");
        var pdf = await parent.Http.GetAsync($"/lyon/factures/{app.Lyon.CreditNote}/pdf");

        page.Heading().ShouldBe($"Avoir n° {FacturesTown.CreditNoteNumber}");
        Plain(page.QuerySelector("main")!.TextContent).ShouldContain($"Avoir sur la facture n° {FacturesTown.AugustNumber}");
        page.QuerySelectorAll("main h2").Select(h => h.TextContent).ShouldNotContain("Moyens de paiement");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"avoir-{FacturesTown.CreditNoteNumber}.pdf");
    }

    [Fact]
    public async Task Another_familys_invoice_is_not_found_as_pdf_or_html()
    {
        var parent = await app.DurandAsync();

        await (await parent.Http.GetAsync($"/lyon/factures/{app.Lyon.RouxAugust}/pdf")).ShouldBeNotFoundAsync();
        await (await parent.Http.GetAsync($"/lyon/factures/{app.Lyon.RouxAugust}")).ShouldBeNotFoundAsync();
        await (await parent.Http.GetAsync($"/lyon/factures/{Guid.NewGuid()}/pdf")).ShouldBeNotFoundAsync();

        var roux = await app.Clients.GuardianAsync("lyon", app.Lyon.Town.OtherFamily.Guardian);
        (await roux.Http.GetAsync($"/lyon/factures/{app.Lyon.RouxAugust}/pdf")).StatusCode.ShouldBe(HttpStatusCode.OK, "the owner opens it");
        await (await roux.Http.GetAsync($"/lyon/factures/{app.Lyon.August}/pdf")).ShouldBeNotFoundAsync();
    }

    [Fact]
    public async Task Another_towns_invoice_is_not_found_and_its_family_is_not_signed_in_here()
    {
        app.Clock.SetParisTime(FacturesTown.Today);
        var viennois = await app.Clients.GuardianAsync("vienne", app.Vienne.Town.Family.Guardian);

        await (await viennois.Http.GetAsync($"/vienne/factures/{app.Lyon.August}/pdf")).ShouldBeNotFoundAsync();
        await (await viennois.Http.GetAsync($"/vienne/factures/{app.Lyon.August}")).ShouldBeNotFoundAsync();
        var (_, list) = await viennois.GetAsync("/vienne/factures");
        list.QuerySelectorAll("main tr[data-invoice]").Select(r => r.GetAttribute("data-invoice")).ShouldNotContain(app.Lyon.August.ToString());
        list.QuerySelectorAll("main tr[data-invoice]").Count().ShouldBe(4);
        PortalClient.Location(await viennois.Http.GetAsync($"/lyon/factures/{app.Lyon.August}/pdf")).ShouldStartWith("/lyon?retour=");
    }

    [Fact]
    public async Task Signed_out_the_pages_send_to_sign_in()
    {
        var anonymous = app.CreatePortalClient();

        PortalClient.Location(await anonymous.Http.GetAsync("/lyon/factures")).ShouldStartWith("/lyon?retour=");
        PortalClient.Location(await anonymous.Http.GetAsync($"/lyon/factures/{app.Lyon.August}/pdf")).ShouldStartWith("/lyon?retour=");
    }

    [Fact]
    public async Task The_list_and_the_html_version_cost_one_database_round_trip_beyond_the_sign_in_check()
    {
        var parent = await app.DurandAsync();
        await parent.GetAsync("/lyon/factures");

        var list = await SqlRoundTrips.OfRequestAsync(parent, "/lyon/factures");
        var detail = await SqlRoundTrips.OfRequestAsync(parent, $"/lyon/factures/{app.Lyon.August}");
        var home = await SqlRoundTrips.OfRequestAsync(parent, "/lyon/mot-de-passe");
        var query = await SqlRoundTrips.OfAsync(() => app.SendAsync("lyon", s => s.Send(new GetFamilyInvoicesQuery(app.Lyon.Town.Family.FamilyId))));

        output.WriteLine("GET factures:\n" + string.Join("\n", list) + "\nGET mot-de-passe:\n" + string.Join("\n", home));
        query.Count.ShouldBe(1, string.Join("\n", query));
        list.Count.ShouldBe(home.Count + 1, string.Join("\n", list));
        detail.Count.ShouldBe(home.Count + 1, string.Join("\n", detail));
    }

    private static List<string> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main table.invoices tbody tr").Select(tr =>
            Plain(string.Join(" | ", tr.QuerySelectorAll("th, td").Take(5).Select(Cell))))];

    private static string Cell(IElement cell) => cell.TextContent;
}

using System.Net;
using Cantine.Audit.Contracts.ListAuditEntries;
using Cantine.Host.Tests.Support;
using Cantine.Invoicing.Contracts.GetInvoice;
using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Host.Tests.Invoicing.Invoices;

/// <summary>
/// Facturation › Factures: the list (search, filters), an invoice's page with its PDF, staff recording a cheque and the
/// balance following, a credit note, another town's invoice not found, parents refused; one round trip a page.
/// </summary>
public sealed class StaffInvoicesPagesTests(StaffInvoicesApp app) : IClassFixture<StaffInvoicesApp>
{
    private string InvoiceUrl(Guid id) => $"/lyon/admin/facturation/factures/{id}";

    private Task<InvoiceDetailDto?> DetailAsync(Guid id) => app.SendAsync("lyon", s => s.Send(new GetInvoiceQuery(id)));

    [Fact]
    public async Task The_list_shows_the_months_invoices_and_finds_one_by_family_name()
    {
        var admin = await app.AdministratorAsync();
        var durand = (await DetailAsync(app.Lyon.DurandInvoice))!;

        var (response, page) = await admin.GetAsync($"/lyon/admin/facturation/factures?mois={app.Lyon.Month:yyyy-MM}");
        var (_, found) = await admin.GetAsync("/lyon/admin/facturation/factures?recherche=" + Uri.EscapeDataString(durand.FamilyName.ToUpperInvariant()));
        var (_, none) = await admin.GetAsync($"/lyon/admin/facturation/factures?statut={InvoiceStatus.Paid}&mois={app.Lyon.Month:yyyy-MM}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("table caption")!.TextContent.ShouldContain("(2)");
        var numbers = page.QuerySelectorAll("tbody th a").Select(a => Html.Text(a)).ToList();
        numbers.ShouldBe([$"Facture {app.Lyon.Month.AddMonths(1).Year}-000002", $"Facture {app.Lyon.Month.AddMonths(1).Year}-000001"], ignoreOrder: true);
        found.QuerySelectorAll("tbody tr").Select(r => Html.Text(r)).ShouldHaveSingleItem().ShouldContain(durand.Number);
        none.QuerySelector("table").ShouldBeNull();
    }

    [Fact]
    public async Task The_page_number_in_the_address_is_the_page_shown()
    {
        var admin = await app.AdministratorAsync();

        // Two invoices: a page of 50 holds them all, so the second page lists none (it used to show the first again).
        var (_, first) = await admin.GetAsync("/lyon/admin/facturation/factures?page=1");
        var (response, second) = await admin.GetAsync("/lyon/admin/facturation/factures?page=2");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.QuerySelectorAll("tbody th a").Count().ShouldBe(2);
        second.QuerySelectorAll("tbody th a").ShouldBeEmpty();
    }

    [Fact]
    public async Task Staff_record_a_cheque_and_the_balance_follows()
    {
        var admin = await app.AdministratorAsync();
        var before = (await DetailAsync(app.Lyon.RouxInvoice))!;
        var url = InvoiceUrl(app.Lyon.RouxInvoice);
        var (_, page) = await admin.GetAsync(url);

        var posted = await admin.SubmitAsync(page, url, new Dictionary<string, string>
        {
            ["Paiement.Montant"] = "1,00", ["Paiement.Date"] = app.Clock.ParisToday().ToString("yyyy-MM-dd"), ["Paiement.Moyen"] = "Cheque", ["Paiement.Reference"] = "Chèque n° 4567",
        }, "handler=Payment");
        var again = await admin.SubmitAsync(page, url, new Dictionary<string, string>
        {
            ["Paiement.Montant"] = "1,00", ["Paiement.Date"] = app.Clock.ParisToday().ToString("yyyy-MM-dd"), ["Paiement.Moyen"] = "Cheque",
        }, "handler=Payment");
        var (_, after) = await admin.GetAsync(url);

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = (await DetailAsync(app.Lyon.RouxInvoice))!;
        detail.Payments.ShouldHaveSingleItem().Reference.ShouldBe("Chèque n° 4567");
        detail.FamilyBalanceCents.ShouldBe(before.FamilyBalanceCents - 100);
        Html.Text(after.QuerySelector("#titre-paiements")!.ParentElement!).ShouldContain("Chèque n° 4567");
        Html.Text(after.QuerySelector("main")!).ShouldContain("Solde de la famille : " + Money(detail.FamilyBalanceCents)[..^2]);
        var audit = await app.SendAsync("lyon", s => s.Send(new ListAuditEntriesQuery(null, null, null, before.FamilyId)));
        audit.Entries.ShouldContain(e => e.Description.StartsWith("Paiement de 1,00", StringComparison.Ordinal)
            && e.Description.Contains($"par chèque enregistré sur la facture {before.Number}", StringComparison.Ordinal)
            && e.Description.Contains("référence Chèque n° 4567", StringComparison.Ordinal)
            && e.AuthorId == app.Lyon.Town.Administrator.UserId);
    }

    [Fact]
    public async Task A_refused_payment_shows_the_reason_next_to_its_field()
    {
        var admin = await app.AdministratorAsync();
        var url = InvoiceUrl(app.Lyon.DurandInvoice);

        var response = await admin.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Paiement.Montant"] = "5,00", ["Paiement.Date"] = app.Clock.ParisToday().AddDays(1).ToString("yyyy-MM-dd"), ["Paiement.Moyen"] = "Cash",
        }, "handler=Payment");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.QuerySelector(".notice-error")!.TextContent.ShouldContain("postérieure à aujourd'hui");
        (await DetailAsync(app.Lyon.DurandInvoice))!.Payments.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_credit_note_is_issued_from_the_invoice_page_with_the_next_number()
    {
        var admin = await app.AdministratorAsync();
        var url = InvoiceUrl(app.Lyon.DurandInvoice);

        var response = await admin.SubmitAsync(url, new Dictionary<string, string> { ["Avoir.Montant"] = "3,20", ["Avoir.Motif"] = "Repas du lundi non servi" }, "handler=CreditNote");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var credited = (await DetailAsync(app.Lyon.DurandInvoice))!;
        var note = credited.Credits.ShouldHaveSingleItem();
        (note.AmountCents, note.Number).ShouldBe((320, $"{app.Lyon.Month.AddMonths(1).Year}-000003"));
        PortalClient.Location(response).ShouldBe(InvoiceUrl(note.CreditNoteId));
        var (_, notePage) = await admin.GetAsync(InvoiceUrl(note.CreditNoteId));
        notePage.QuerySelector("h1")!.TextContent.ShouldBe($"Avoir {note.Number}");
    }

    [Fact]
    public async Task The_pdf_opens_inline_and_another_towns_staff_and_parents_see_nothing()
    {
        var admin = await app.AdministratorAsync();
        var vienna = await app.ViennaAdministratorAsync();
        var parent = await app.ParentAsync();

        var pdf = await admin.Http.GetAsync(InvoiceUrl(app.Lyon.DurandInvoice) + "?handler=Pdf");
        var otherTown = await vienna.Http.GetAsync($"/vienne/admin/facturation/factures/{app.Lyon.DurandInvoice}");
        var parentList = await parent.Http.GetAsync("/lyon/admin/facturation/factures");

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        (await pdf.Content.ReadAsByteArrayAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        otherTown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        parentList.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_month_is_exported_as_csv_for_the_treasurer()
    {
        var admin = await app.AdministratorAsync();
        var issuedMonth = app.Clock.ParisToday();
        var (_, page) = await admin.GetAsync($"/lyon/admin/facturation/factures?mois={issuedMonth:yyyy-MM}");

        var csv = await admin.Http.GetAsync(page.QuerySelectorAll("main a").Single(a => Html.Text(a).StartsWith("Exporter", StringComparison.Ordinal)).GetAttribute("href"));

        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Type;Numéro;Date;Mois facturé;Famille;Identifiant famille;Montant;Moyen de paiement;Référence;Facture créditée;Échéance;Reste à payer;Opération PayFiP");
        var durand = (await DetailAsync(app.Lyon.DurandInvoice))!;
        lines.ShouldContain(l => l.StartsWith($"Facture;{durand.Number};{durand.IssuedOn:dd/MM/yyyy};{app.Lyon.Month:MM/yyyy};", StringComparison.Ordinal)
            && l.Contains($";{durand.TotalCents / 100m:0.00};".Replace('.', ','), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_page_costs_one_round_trip()
    {
        var admin = await app.AdministratorAsync();

        await admin.GetAsync("/lyon/admin/facturation/factures");
        var list = await SqlRoundTrips.OfRequestAsync(admin, "/lyon/admin/facturation/factures?recherche=durand");
        var invoice = await SqlRoundTrips.OfRequestAsync(admin, InvoiceUrl(app.Lyon.RouxInvoice));

        // The session check was cached by the first visit (ADR 0030).
        list.Count.ShouldBe(1, string.Join("\n", list));
        invoice.Count.ShouldBe(1, string.Join("\n", invoice));
    }

    private static string Money(int cents) => (cents / 100m).ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + "\u00a0€";
}

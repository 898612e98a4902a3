using System.Diagnostics;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Rendering;
using UglyToad.PdfPig;

namespace Cantine.Invoicing.Tests.Rendering;

public sealed class InvoicePdfTests
{
    private static string Row(BillLine line) =>
        string.Join(' ', new[] { line.ChildName, line.ServiceName, line.Bracket ?? string.Empty, line.Quantity.ToString(),
            Plain(InvoiceFormat.Euros(line.UnitPriceCents)), Plain(InvoiceFormat.Euros(line.AmountCents)) }.Where(s => s.Length > 0));

    private static string Plain(string text) => text.Replace('\u00a0', ' ');

    [Fact]
    public void Amounts_are_written_the_French_way()
    {
        Plain(InvoiceFormat.Euros(1250)).ShouldBe("12,50 €");
        Plain(InvoiceFormat.Euros(5)).ShouldBe("0,05 €");
        Plain(InvoiceFormat.Euros(123456)).ShouldBe("1 234,56 €");
        Plain(InvoiceFormat.Euros(-320)).ShouldBe("-3,20 €");
    }

    [Fact]
    public void Each_line_prints_as_one_row_with_its_child_service_bracket_quantity_unit_price_and_amount()
    {
        var document = SampleInvoices.Invoice();

        var lines = PdfText.AllLines(InvoicePdf.Render(document));

        foreach (var line in document.Lines)
        {
            lines.ShouldContain(Row(line));
        }

        lines.ShouldContain("Léa Martin Restauration scolaire QF 501 à 900 12 3,20 € 38,40 €");
        lines.ShouldContain("Enfant Prestation Tranche Qté Prix unitaire Montant");
    }

    [Fact]
    public void The_header_shows_the_town_the_family_and_the_document()
    {
        var document = SampleInvoices.Invoice();

        var text = string.Join('\n', PdfText.AllLines(InvoicePdf.Render(document)));

        text.ShouldContain("Mairie de Saint-Aubin-sur-Loire");
        text.ShouldContain("2 place de la Mairie");
        text.ShouldContain("Tél. 02 41 00 00 00");
        text.ShouldContain("Famille Martin");
        text.ShouldContain("Sophie Martin");
        text.ShouldContain("12 rue des Écoles");
        text.ShouldContain("N° 2027-000123");
        text.ShouldContain("Date d'émission : 03/02/2027");
        text.ShouldContain("Échéance : 03/03/2027");
        text.ShouldContain("Période : janvier 2027");
    }

    [Fact]
    public void Totals_add_the_balance_carried_and_say_what_to_pay()
    {
        var document = SampleInvoices.Invoice(previousBalanceCents: 1250);
        var total = document.Lines.Sum(l => l.AmountCents);

        var lines = PdfText.AllLines(InvoicePdf.Render(document));

        lines.ShouldContain($"Total de la facture {Plain(InvoiceFormat.Euros(total))}");
        lines.ShouldContain("Solde antérieur restant dû 12,50 €");
        lines.ShouldContain($"Montant total à payer {Plain(InvoiceFormat.Euros(total + 1250))}");
    }

    [Fact]
    public void A_credit_carried_is_deducted_and_what_is_left_stays_a_credit()
    {
        var document = SampleInvoices.Invoice(previousBalanceCents: -20000);
        var total = document.Lines.Sum(l => l.AmountCents);

        var lines = PdfText.AllLines(InvoicePdf.Render(document));

        lines.ShouldContain("Crédit antérieur en votre faveur 200,00 €");
        lines.ShouldContain($"Crédit restant en votre faveur {Plain(InvoiceFormat.Euros(20000 - total))}");
        lines.ShouldNotContain(l => l.StartsWith("Montant total à payer", StringComparison.Ordinal));
    }

    [Fact]
    public void The_means_of_payment_follow_the_town_settings()
    {
        var online = string.Join('\n', PdfText.AllLines(InvoicePdf.Render(SampleInvoices.Invoice())));
        var offline = string.Join('\n', PdfText.AllLines(InvoicePdf.Render(SampleInvoices.Invoice(town: SampleInvoices.Town(online: false)))));

        online.ShouldContain("Moyens de paiement");
        online.ShouldContain("En ligne, depuis le portail des familles");
        offline.ShouldNotContain("En ligne");
        offline.ShouldContain("À l'accueil de la mairie : Mairie de Saint-Aubin-sur-Loire, Service Enfance, 2 place de la Mairie");
        offline.ShouldContain("Par chèque à l'ordre de « Régie cantine de Saint-Aubin »");
    }

    [Fact]
    public void A_family_without_a_valid_quotient_is_told_the_highest_bracket_applies()
    {
        var text = string.Join('\n', PdfText.AllLines(InvoicePdf.Render(SampleInvoices.Invoice() with { NoValidQuotient = true })));
        var without = string.Join('\n', PdfText.AllLines(InvoicePdf.Render(SampleInvoices.Invoice())));

        text.ShouldContain("la tranche la plus haute est appliquée");
        without.ShouldNotContain("la tranche la plus haute");
    }

    [Fact]
    public void A_credit_note_names_the_invoice_it_credits_and_has_no_due_date_nor_payment()
    {
        var text = string.Join('\n', PdfText.AllLines(InvoicePdf.Render(SampleInvoices.CreditNote())));

        text.ShouldContain("Avoir");
        text.ShouldContain("Avoir sur la facture n° 2027-000123");
        text.ShouldContain("Montant de l'avoir 6,40 €");
        text.ShouldNotContain("Échéance");
        text.ShouldNotContain("Moyens de paiement");
    }

    [Fact]
    public void Lines_that_overflow_continue_on_further_pages_with_the_header_repeated()
    {
        var many = Enumerable.Range(1, 90)
            .Select(i => SampleInvoices.Line($"Enfant {i:000}", Guid.NewGuid(), "Restauration scolaire", SampleInvoices.LunchId, i % 20 + 1, 320, null))
            .ToList();
        var document = SampleInvoices.Invoice(lines: many);

        var pages = PdfText.Pages(InvoicePdf.Render(document));

        pages.Count.ShouldBeGreaterThan(1);
        pages.ShouldAllBe(p => p.Contains("Enfant Prestation Tranche Qté Prix unitaire Montant"));
        var all = pages.SelectMany(p => p).ToList();
        foreach (var line in many)
        {
            all.Count(l => l == Row(line)).ShouldBe(1);
        }

        pages[^1].ShouldContain($"Facture n° 2027-000123 — page {pages.Count} sur {pages.Count}");
        all.ShouldContain($"Total de la facture {Plain(InvoiceFormat.Euros(many.Sum(l => l.AmountCents)))}");
    }

    [Fact]
    public void Long_texts_wrap_inside_their_cell()
    {
        var line = SampleInvoices.Line("Marie-Charlotte Dupont-Martin", SampleInvoices.LeaId,
            "Accueil périscolaire du mercredi après-midi avec goûter", SampleInvoices.AfterSchoolId, 3, 450, null);

        var text = string.Join(' ', PdfText.AllLines(InvoicePdf.Render(SampleInvoices.Invoice(lines: [line]))));

        foreach (var word in "Accueil périscolaire du mercredi après-midi avec goûter".Split(' '))
        {
            text.ShouldContain(word);
        }

        text.ShouldContain("13,50 €");
    }

    [Fact]
    public void The_same_document_always_gives_the_same_bytes()
    {
        var first = InvoicePdf.Render(SampleInvoices.Invoice());
        var second = InvoicePdf.Render(SampleInvoices.Invoice());
        var other = InvoicePdf.Render(SampleInvoices.Invoice(previousBalanceCents: 1));

        if (!second.SequenceEqual(first))
        {
            File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "first.pdf"), first);
            File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "second.pdf"), second);
        }

        second.SequenceEqual(first).ShouldBeTrue();
        other.ShouldNotBe(first);
    }

    [Fact]
    public void The_document_is_A4_with_its_fonts_embedded_its_logo_and_its_dates_from_the_document()
    {
        var bytes = InvoicePdf.Render(SampleInvoices.Invoice(town: SampleInvoices.Town(logo: SampleInvoices.Logo())));

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        Math.Round(page.Width).ShouldBe(595);
        Math.Round(page.Height).ShouldBe(842);
        page.GetImages().Count().ShouldBe(1);
        page.GetWords().Select(w => w.FontName ?? string.Empty).Distinct().ShouldAllBe(name => name.Contains("DejaVu Sans"));
        System.Text.Encoding.Latin1.GetString(bytes).ShouldContain("/FontFile2");
        pdf.Information.CreationDate.ShouldStartWith("D:20270203");
        pdf.Information.Title.ShouldBe("Facture 2027-000123");
    }

    [Fact]
    public void An_unreadable_logo_is_left_out()
    {
        var bytes = InvoicePdf.Render(SampleInvoices.Invoice(town: SampleInvoices.Town(logo: [1, 2, 3])));

        using var pdf = PdfDocument.Open(bytes);
        pdf.GetPage(1).GetImages().ShouldBeEmpty();
    }

    [Fact]
    public void Poppler_renders_the_first_page()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "rendered");
        Directory.CreateDirectory(folder);
        var pdfPath = Path.Combine(folder, "invoice.pdf");
        File.WriteAllBytes(pdfPath, InvoicePdf.Render(SampleInvoices.Invoice(previousBalanceCents: 1250, town: SampleInvoices.Town(logo: SampleInvoices.Logo()))));
        var prefix = Path.Combine(folder, "invoice");
        File.Delete(prefix + "-1.png");

        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", pdfPath, prefix])
        {
            RedirectStandardError = true,
        })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit(30_000).ShouldBeTrue();

        process.ExitCode.ShouldBe(0, errors);
        var png = File.ReadAllBytes(prefix + "-1.png");
        png.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        png.Length.ShouldBeGreaterThan(5_000);
    }
}

using Cantine.Invoicing.Contracts.ExportMonthInvoices;
using Cantine.Invoicing.Contracts.GetFamilyBalance;
using Cantine.Invoicing.Contracts.GetInvoice;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.IssueCreditNote;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Cantine.Invoicing.Contracts.ListInvoices;
using Cantine.Invoicing.Contracts.RecordPayment;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Tests.Batch;

namespace Cantine.Invoicing.Tests.Payments;

/// <summary>
/// Payments and credit notes on August 2030's invoices of a town (19 invoices, numbered 2030-000001…19): partial payments,
/// overpayment as a credit, a payment applied once, concurrent clerks, credit notes numbered in the same series.
/// </summary>
public sealed class PaymentsTests(PaymentsTests.App app) : IClassFixture<PaymentsTests.App>
{
    private const string Town = "paiements";
    private static readonly Guid Staff = new("44444444-0000-0000-0000-000000000001");

    public sealed class App : BatchApp
    {
        protected override async Task SeedAsync()
        {
            await base.SeedAsync();
            (await this.SendTrackedAsync(Town, s => s.Send(new IssueMonthInvoicesCommand(August)))).Result.ShouldSucceed();
            await WaitUntilCompletedAsync(Town);
        }
    }

    private async Task<Invoice> InvoiceOfAsync(int family) =>
        (await app.InvoicesAsync(Town)).Single(i => i.FamilyId == StubBills.Families[family]);

    private Task<InvoiceDetailDto?> DetailAsync(Guid id, string town = Town) => app.SendAsync(town, s => s.Send(new GetInvoiceQuery(id)));

    private static RecordPaymentCommand Pay(Invoice invoice, int cents, Guid? id = null, DateOnly? on = null) =>
        new(invoice.Id, id ?? Guid.NewGuid(), cents, on ?? new DateOnly(2030, 9, 10), PaymentMethod.Cheque, "Chèque 0012345", Staff, "Anne Régie");

    [Fact]
    public async Task A_partial_payment_leaves_the_rest_and_the_last_one_pays_the_invoice()
    {
        var invoice = await InvoiceOfAsync(0);

        (await app.SendAsync(Town, s => s.Send(Pay(invoice, 500)))).ShouldSucceed();
        var partly = await DetailAsync(invoice.Id);
        (await app.SendAsync(Town, s => s.Send(Pay(invoice, invoice.TotalCents - 500) with { Method = PaymentMethod.Cesu }))).ShouldSucceed();
        var paid = await DetailAsync(invoice.Id);

        (partly!.RemainingCents, partly.Status).ShouldBe((invoice.TotalCents - 500, InvoiceStatus.ToPay));
        (paid!.RemainingCents, paid.PaidCents, paid.Status).ShouldBe((0, invoice.TotalCents, InvoiceStatus.Paid));
        paid.Payments.Select(p => (p.AmountCents, p.Method, p.Author)).ShouldBe([(500, PaymentMethod.Cheque, "Anne Régie"), (invoice.TotalCents - 500, PaymentMethod.Cesu, "Anne Régie")]);
        paid.FamilyBalanceCents.ShouldBe(0);
    }

    [Fact]
    public async Task An_overpayment_becomes_a_credit_on_the_familys_balance()
    {
        var invoice = await InvoiceOfAsync(1);

        (await app.SendAsync(Town, s => s.Send(Pay(invoice, invoice.TotalCents + 250)))).ShouldSucceed();

        (await app.SendAsync(Town, s => s.Send(new GetFamilyBalanceQuery(invoice.FamilyId)))).ShouldBe(-250);
        (await DetailAsync(invoice.Id))!.Status.ShouldBe(InvoiceStatus.Paid);
    }

    [Fact]
    public async Task The_same_form_posted_twice_at_once_records_one_payment_and_different_payments_all_count()
    {
        var invoice = await InvoiceOfAsync(2);
        var once = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.SendAsync(Town, s => s.Send(Pay(invoice, 100, once)))));
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.SendAsync(Town, s => s.Send(Pay(invoice, 10)))));

        var detail = await DetailAsync(invoice.Id);
        detail!.Payments.Count.ShouldBe(7);
        detail.PaidCents.ShouldBe(160);
        (await app.SendAsync(Town, s => s.Send(new GetFamilyBalanceQuery(invoice.FamilyId)))).ShouldBe(invoice.TotalCents - 160);
    }

    [Fact]
    public async Task A_payment_dated_tomorrow_or_not_positive_is_refused()
    {
        var invoice = await InvoiceOfAsync(3);

        (await app.SendAsync(Town, s => s.Send(Pay(invoice, 100, on: new DateOnly(2030, 9, 11))))).ShouldBeRefused("PaymentInTheFuture", "PaidOn");
        (await app.SendAsync(Town, s => s.Send(Pay(invoice, 0)))).ShouldBeRefused("Amount.Range", "AmountCents");
        (await DetailAsync(invoice.Id))!.PaidCents.ShouldBe(0);
    }

    [Fact]
    public async Task Another_towns_invoice_is_not_found()
    {
        var invoice = await InvoiceOfAsync(4);

        (await DetailAsync(invoice.Id, "autre-ville")).ShouldBeNull();
        (await app.SendAsync("autre-ville", s => s.Send(Pay(invoice, 100)))).ShouldBeRefused("InvoiceNotFound", "InvoiceId");
    }

    [Fact]
    public async Task A_credit_note_takes_the_next_number_credits_the_invoice_and_has_its_pdf()
    {
        var invoice = await InvoiceOfAsync(5);
        var request = Guid.NewGuid();
        var before = (await app.InvoicesAsync(Town)).Count;

        var issued = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            app.SendAsync(Town, s => s.Send(new IssueCreditNoteCommand(invoice.Id, request, 400, "Repas du 12 non servi", Staff, "Anne Régie")))));
        var tooMuch = await app.SendAsync(Town, s => s.Send(new IssueCreditNoteCommand(invoice.Id, Guid.NewGuid(), invoice.TotalCents - 399, "Erreur", Staff, "Anne Régie")));

        var creditNoteId = issued.Select(r => r.ShouldSucceed()).Distinct().ShouldHaveSingleItem();
        tooMuch.ShouldBeRefused("CreditTooLarge", "AmountCents");
        var note = (await DetailAsync(creditNoteId))!;
        var credited = (await DetailAsync(invoice.Id))!;
        (note.Kind, note.Status, note.TotalCents, note.CreditedInvoiceNumber, note.Reason).ShouldBe((InvoiceKind.CreditNote, InvoiceStatus.CreditNote, 400, invoice.Number, "Repas du 12 non servi"));
        note.Number.ShouldStartWith("2030-");
        int.Parse(note.Number[5..], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(before);
        (credited.CreditedCents, credited.RemainingCents, credited.CreditableCents).ShouldBe((400, invoice.TotalCents - 400, invoice.TotalCents - 400));
        credited.Credits.ShouldHaveSingleItem().Number.ShouldBe(note.Number);
        credited.FamilyBalanceCents.ShouldBe(invoice.TotalCents - 400);
        (await app.InvoicesAsync(Town)).Count.ShouldBe(before);
        (await app.SendAsync(Town, s => s.Send(new ListInvoicesQuery(note.Number, null, InvoiceStatus.CreditNote)))).Rows.ShouldHaveSingleItem().InvoiceId.ShouldBe(creditNoteId);
        (await app.FileAsync(Town, StableIdOfPdf(creditNoteId))).Length.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task The_list_searches_by_number_and_filters_by_month_and_status()
    {
        var invoice = await InvoiceOfAsync(10);

        var byNumber = await app.SendAsync(Town, s => s.Send(new ListInvoicesQuery(invoice.Number, null, null)));
        var august = await app.SendAsync(Town, s => s.Send(new ListInvoicesQuery(null, BatchApp.August.AddDays(14), null)));
        var july = await app.SendAsync(Town, s => s.Send(new ListInvoicesQuery(null, BatchApp.August.AddMonths(-1), null)));
        var byName = await app.SendAsync(Town, s => s.Send(new ListInvoicesQuery(invoice.FamilyName.ToUpperInvariant(), null, InvoiceStatus.ToPay)));

        byNumber.Rows.ShouldHaveSingleItem().InvoiceId.ShouldBe(invoice.Id);
        august.Rows.Count(r => r.Kind == InvoiceKind.Invoice).ShouldBe(StubBills.FamilyCount - 1);
        (july.Total, july.Rows.Count).ShouldBe((0, 0));
        byName.Rows.ShouldContain(r => r.InvoiceId == invoice.Id);
        byName.Rows.ShouldAllBe(r => r.Status == InvoiceStatus.ToPay);
    }

    [Fact]
    public async Task The_treasurers_export_lists_the_documents_issued_and_the_payments_received_in_the_month()
    {
        var invoice = await InvoiceOfAsync(12);
        (await app.SendAsync(Town, s => s.Send(Pay(invoice, 700) with { Method = PaymentMethod.BankTransfer, Reference = "VIR 42" }))).ShouldSucceed();

        var september = await app.SendAsync(Town, s => s.Send(new ExportMonthInvoicesQuery(new DateOnly(2030, 9, 20))));
        var october = await app.SendAsync(Town, s => s.Send(new ExportMonthInvoicesQuery(new DateOnly(2030, 10, 1))));

        var stored = await app.InvoicesAsync(Town);
        september.Rows.Where(r => r.Kind == ExportRowKind.Invoice).Select(r => r.Number).ShouldBe(stored.Select(i => i.Number));
        september.Rows.Count(r => r.Kind == ExportRowKind.Payment).ShouldBe(stored.Sum(i => i.Payments.Count));
        september.Rows.ShouldContain(r => r.Kind == ExportRowKind.Payment && r.Number == invoice.Number && r.AmountCents == 700
            && r.Method == PaymentMethod.BankTransfer && r.Reference == "VIR 42" && r.Date == new DateOnly(2030, 9, 10));
        september.Rows.Where(r => r.Kind == ExportRowKind.CreditNote).ShouldAllBe(r => r.LinkedNumber != null);
        october.Rows.ShouldBeEmpty();
    }

    private static Guid StableIdOfPdf(Guid streamId) => Cantine.BuildingBlocks.Domain.StableId.For("invoice-pdf", streamId);
}

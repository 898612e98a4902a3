using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Testing.Decisions;
using static Cantine.Invoicing.Tests.Domain.Invoices.InvoiceGiven;

namespace Cantine.Invoicing.Tests.Domain.Invoices;

/// <summary>Given an invoice's events, when a payment or a credit note, then these events or this refusal.</summary>
public sealed class InvoiceDecisionsTests
{
    [Fact]
    public void Issues_an_invoice_with_its_number_lines_and_total()
    {
        var issued = Issued;

        (issued.Number, issued.Year, issued.Sequence, issued.FamilyId, issued.Month).ShouldBe(("2027-000007", 2027, 7, Family, Month));
        (issued.IssuedOn, issued.DueOn, issued.TotalCents, issued.Lines.Count).ShouldBe((IssuedOn, DueOn, 5840, 2));
    }

    [Fact]
    public void A_family_month_already_invoiced_is_refused() =>
        InvoiceDecisions.Decide(Issue(), History.Of<Invoice>(Issued)).ShouldRefuse("InvoiceAlreadyIssued");

    [Fact]
    public void Nothing_to_pay_is_not_an_invoice() =>
        InvoiceDecisions.Decide(Issue(total: 0), null).ShouldRefuse("NothingToInvoice");

    [Fact]
    public void A_new_invoice_is_to_pay_then_overdue_after_its_due_date()
    {
        var invoice = History.Of<Invoice>(Issued)!;

        (invoice.RemainingCents, invoice.BalanceCents).ShouldBe((5840, 5840));
        invoice.StatusOn(DueOn).ShouldBe(InvoiceStatus.ToPay);
        invoice.StatusOn(DueOn.AddDays(1)).ShouldBe(InvoiceStatus.Overdue);
    }

    [Fact]
    public void Records_a_partial_payment_with_its_author()
    {
        var id = Guid.NewGuid();

        InvoiceDecisions.Decide(Payment(2000, id), History.Of<Invoice>(Issued), Now)
            .ShouldAppend(new InvoicePaymentRecorded(InvoiceId, id, 2000, new DateOnly(2027, 11, 9), PaymentMethod.Cheque, "1234567", StaffId, "Anne Régie", Now));
    }

    [Fact]
    public void Partial_payments_leave_the_rest_to_pay_and_the_last_one_pays_it()
    {
        var first = (InvoicePaymentRecorded)InvoiceDecisions.Decide(Payment(2000), History.Of<Invoice>(Issued), Now).Events.Single();
        var partly = History.Of<Invoice>(Issued, first)!;
        var second = (InvoicePaymentRecorded)InvoiceDecisions.Decide(Payment(3840), partly, Now).Events.Single();
        var paid = History.Of<Invoice>(Issued, first, second)!;

        (partly.RemainingCents, partly.StatusOn(DueOn.AddDays(3))).ShouldBe((3840, InvoiceStatus.Overdue));
        (paid.PaidCents, paid.RemainingCents, paid.StatusOn(DueOn.AddDays(3))).ShouldBe((5840, 0, InvoiceStatus.Paid));
    }

    [Fact]
    public void An_overpayment_is_accepted_and_becomes_a_credit()
    {
        var payment = (InvoicePaymentRecorded)InvoiceDecisions.Decide(Payment(6000), History.Of<Invoice>(Issued), Now).Events.Single();
        var invoice = History.Of<Invoice>(Issued, payment)!;

        (invoice.RemainingCents, invoice.BalanceCents, invoice.StatusOn(DueOn)).ShouldBe((-160, -160, InvoiceStatus.Paid));
    }

    [Fact]
    public void The_same_payment_sent_twice_is_recorded_once()
    {
        var id = Guid.NewGuid();
        var payment = InvoiceDecisions.Decide(Payment(2000, id), History.Of<Invoice>(Issued), Now).Events.Single();

        InvoiceDecisions.Decide(Payment(2000, id), History.Of<Invoice>(Issued, payment), Now).ShouldChangeNothing();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void A_payment_must_be_positive(int cents) =>
        InvoiceDecisions.Decide(Payment(cents), History.Of<Invoice>(Issued), Now).ShouldRefuse("AmountNotPositive", "AmountCents");

    [Fact]
    public void A_payment_dated_tomorrow_is_refused_and_today_is_accepted()
    {
        InvoiceDecisions.Decide(Payment(100, on: new DateOnly(2027, 11, 11)), History.Of<Invoice>(Issued), Now).ShouldRefuse("PaymentInTheFuture", "PaidOn");
        InvoiceDecisions.Decide(Payment(100, on: new DateOnly(2027, 11, 10)), History.Of<Invoice>(Issued), Now).Events.Count.ShouldBe(1);
    }

    [Fact]
    public void A_payment_on_an_unknown_invoice_is_refused() =>
        InvoiceDecisions.Decide(Payment(100), null, Now).ShouldRefuse("InvoiceNotFound", "InvoiceId");

    [Fact]
    public void Credits_an_invoice_up_to_its_total()
    {
        var id = Guid.NewGuid();

        InvoiceDecisions.Decide(Credit(5840, id), History.Of<Invoice>(Issued), Now)
            .ShouldAppend(new InvoiceCredited(InvoiceId, id, "2027-000031", 5840, "Absence non déduite", StaffId, "Anne Régie", Now));
    }

    [Fact]
    public void A_credit_note_beyond_what_is_not_credited_yet_is_refused()
    {
        var first = InvoiceDecisions.Decide(Credit(5000), History.Of<Invoice>(Issued), Now).Events.Single();
        var credited = History.Of<Invoice>(Issued, first)!;

        InvoiceDecisions.Decide(Credit(841), credited, Now).ShouldRefuse("CreditTooLarge", "AmountCents");
        InvoiceDecisions.Decide(Credit(840), credited, Now).Events.Count.ShouldBe(1);
        (credited.CreditedCents, credited.RemainingCents, credited.CreditableCents).ShouldBe((5000, 840, 840));
    }

    [Fact]
    public void A_credit_note_and_a_payment_settle_the_invoice_together()
    {
        var credit = InvoiceDecisions.Decide(Credit(840), History.Of<Invoice>(Issued), Now).Events.Single();
        var payment = InvoiceDecisions.Decide(Payment(5000), History.Of<Invoice>(Issued, credit), Now).Events.Single();

        History.Of<Invoice>(Issued, credit, payment)!.StatusOn(DueOn.AddDays(10)).ShouldBe(InvoiceStatus.Paid);
    }

    [Fact]
    public void A_credit_note_is_not_paid_nor_credited_and_reads_Avoir()
    {
        var credited = (InvoiceCredited)InvoiceDecisions.Decide(Credit(1000), History.Of<Invoice>(Issued), Now).Events.Single();
        var note = new CreditNoteIssued(credited.CreditNoteId, "2027-000031", 2027, 31, InvoiceId, "2027-000007", Family, Month, IssuedOn, 1000,
            "Absence non déduite", Document(1000) with { Kind = "Avoir", CreditedInvoiceNumber = "2027-000007" }, Guid.Empty, "cd", StaffId, "Anne Régie");
        var creditNote = History.Of<Invoice>(note)!;

        creditNote.StatusOn(DueOn.AddYears(1)).ShouldBe(InvoiceStatus.CreditNote);
        creditNote.BalanceCents.ShouldBe(0);
        InvoiceDecisions.Decide(Payment(100) with { InvoiceId = note.CreditNoteId }, creditNote, Now).ShouldRefuse("NotAnInvoice", "InvoiceId");
        InvoiceDecisions.Decide(Credit(100), creditNote, Now).ShouldRefuse("NotAnInvoice", "InvoiceId");
    }

    [Fact]
    public void One_stream_per_family_and_month_whatever_the_day_given()
    {
        InvoiceIds.For("lyon", Family, new DateOnly(2027, 10, 17)).ShouldBe(InvoiceId);
        InvoiceIds.For("lyon", Family, new DateOnly(2027, 11, 1)).ShouldNotBe(InvoiceId);
        InvoiceIds.For("nice", Family, Month).ShouldNotBe(InvoiceId);
    }

    [Fact]
    public void The_search_key_ignores_case_and_accents() =>
        InvoiceSearch.Key("2027-000007", "Garnier-Moréau").ShouldBe("2027-000007 garnier-moreau");
}

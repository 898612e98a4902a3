using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>
/// An invoice or a credit note (one stream each) as every page reads it: the inline snapshot, indexed on family, month and
/// number. <see cref="RemainingCents"/> is what is left to pay (negative: overpaid, a credit on the family's balance);
/// the status depends on the day (<see cref="StatusOn"/>). A credit note's amounts are positive sums credited.
/// </summary>
public sealed record Invoice(
    Guid Id,
    InvoiceKind Kind,
    string Number,
    int Year,
    int Sequence,
    Guid FamilyId,
    string FamilyName,
    string SearchText,
    DateOnly Month,
    DateOnly IssuedOn,
    DateOnly DueOn,
    int TotalCents,
    int PaidCents,
    int CreditedCents,
    int RemainingCents,
    IReadOnlyList<BillLine> Lines,
    bool NoValidQuotient,
    InvoiceDocument Document,
    Guid PdfFileId,
    string PdfSha256,
    IReadOnlyList<InvoicePayment> Payments,
    IReadOnlyList<InvoiceCredit> Credits,
    Guid? CreditedInvoiceId = null,
    string? CreditedInvoiceNumber = null,
    string? Reason = null,
    int RemindersSent = 0)
{
    public bool IsCreditNote => Kind == InvoiceKind.CreditNote;

    /// <summary>
    /// What the invoice still counts in the family's balance: its <see cref="RemainingCents"/> (due − paid − credited); a
    /// credit note's is 0, as it counts through its invoice.
    /// </summary>
    public int BalanceCents => RemainingCents;

    /// <summary>What a new credit note may still credit.</summary>
    public int CreditableCents => IsCreditNote ? 0 : TotalCents - CreditedCents;

    public InvoiceStatus StatusOn(DateOnly today) =>
        IsCreditNote ? InvoiceStatus.CreditNote
        : RemainingCents <= 0 ? InvoiceStatus.Paid
        : today > DueOn ? InvoiceStatus.Overdue
        : InvoiceStatus.ToPay;

    public static Invoice Create(InvoiceIssued e) => new(
        e.InvoiceId, InvoiceKind.Invoice, e.Number, e.Year, e.Sequence, e.FamilyId, e.Document.Family.FamilyName,
        InvoiceSearch.Key(e.Number, e.Document.Family.FamilyName), e.Month, e.IssuedOn, e.DueOn, e.TotalCents, 0, 0, e.TotalCents,
        e.Lines, e.NoValidQuotient, e.Document, e.PdfFileId, e.PdfSha256, [], []);

    public static Invoice Create(CreditNoteIssued e) => new(
        e.CreditNoteId, InvoiceKind.CreditNote, e.Number, e.Year, e.Sequence, e.FamilyId, e.Document.Family.FamilyName,
        InvoiceSearch.Key(e.Number, e.Document.Family.FamilyName), e.Month, e.IssuedOn, e.IssuedOn, e.AmountCents, 0, 0, 0,
        e.Document.Lines, false, e.Document, e.PdfFileId, e.PdfSha256, [], [], e.InvoiceId, e.InvoiceNumber, e.Reason);

    public Invoice Apply(InvoicePaymentRecorded e) => this with
    {
        PaidCents = PaidCents + e.AmountCents,
        RemainingCents = RemainingCents - e.AmountCents,
        Payments = [.. Payments, new InvoicePayment(e.PaymentId, e.AmountCents, e.PaidOn, e.Method, e.Reference, e.Author)],
    };

    public Invoice Apply(InvoicePaidOnline e) => this with
    {
        PaidCents = PaidCents + e.AmountCents,
        RemainingCents = RemainingCents - e.AmountCents,
        Payments = [.. Payments, new InvoicePayment(e.AttemptId, e.AmountCents, e.PaidOn, PaymentMethod.OnlineCard, e.NumAuto, "PayFiP", e.IdOp)],
    };

    public Invoice Apply(InvoiceReminderSent e) => this with { RemindersSent = Math.Max(RemindersSent, e.Level) };

    public Invoice Apply(InvoiceCredited e) => this with
    {
        CreditedCents = CreditedCents + e.AmountCents,
        RemainingCents = RemainingCents - e.AmountCents,
        Credits = [.. Credits, new InvoiceCredit(e.CreditNoteId, e.CreditNoteNumber, e.AmountCents, e.Reason)],
    };
}

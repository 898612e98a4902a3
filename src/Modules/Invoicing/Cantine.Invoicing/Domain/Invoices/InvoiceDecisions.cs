using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>
/// The rules of an invoice's life: issued once per family and month, never edited; payments (partial, or more than due:
/// the excess is a credit on the family's balance), each applied once; credit notes up to what is not credited yet.
/// </summary>
public static class InvoiceDecisions
{
    public static Decision Decide(IssueInvoice command, Invoice? existing) =>
        existing is not null ? Decision.Refuse("InvoiceAlreadyIssued")
        : command.Document.TotalCents <= 0 ? Decision.Refuse("NothingToInvoice")
        : Decision.Append(new InvoiceIssued(
            command.InvoiceId, command.Number.Text, command.Number.Year, command.Number.Sequence, command.Document.Family.FamilyId,
            command.Month, command.Document.IssuedOn, command.DueOn, command.Document.Lines, command.Document.TotalCents,
            command.Document.NoValidQuotient, command.Document, command.PdfFileId, command.PdfSha256, command.BatchId));

    /// <summary>A payment dated after today (Paris) is refused: it was not received yet.</summary>
    public static Decision Decide(RecordPayment command, Invoice? invoice, DateTimeOffset now) =>
        invoice is null ? Decision.Refuse("InvoiceNotFound", "InvoiceId")
        : invoice.IsCreditNote ? Decision.Refuse("NotAnInvoice", "InvoiceId")
        : invoice.Payments.Any(p => p.PaymentId == command.PaymentId) ? Decision.Nothing
        : command.AmountCents <= 0 ? Decision.Refuse("AmountNotPositive", "AmountCents")
        : command.PaidOn > ParisTime.DateOf(now) ? Decision.Refuse("PaymentInTheFuture", "PaidOn")
        : Decision.Append(new InvoicePaymentRecorded(
            invoice.Id, command.PaymentId, command.AmountCents, command.PaidOn, command.Method,
            string.IsNullOrWhiteSpace(command.Reference) ? null : command.Reference.Trim(), command.AuthorId, command.Author, now));

    public static Decision Decide(CreditInvoice command, Invoice? invoice, DateTimeOffset now) =>
        invoice is null ? Decision.Refuse("InvoiceNotFound", "InvoiceId")
        : invoice.IsCreditNote ? Decision.Refuse("NotAnInvoice", "InvoiceId")
        : invoice.Credits.Any(c => c.CreditNoteId == command.CreditNoteId) ? Decision.Nothing
        : command.AmountCents <= 0 ? Decision.Refuse("AmountNotPositive", "AmountCents")
        : command.AmountCents > invoice.CreditableCents ? Decision.Refuse("CreditTooLarge", "AmountCents", invoice.CreditableCents)
        : Decision.Append(new InvoiceCredited(
            invoice.Id, command.CreditNoteId, command.Number.Text, command.AmountCents, command.Reason.Trim(), command.AuthorId, command.Author, now));
}

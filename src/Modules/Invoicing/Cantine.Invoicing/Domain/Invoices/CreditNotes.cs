using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>What a credit note prints and records: the credited invoice's parties, one line "Avoir sur la facture …", the amount credited.</summary>
public static class CreditNotes
{
    public static InvoiceDocument DocumentFor(Invoice invoice, InvoiceNumber number, int amountCents, string reason, DateOnly today) =>
        invoice.Document with
        {
            Kind = "Avoir",
            Number = number.Text,
            IssuedOn = today,
            DueOn = today,
            Lines = [new BillLine(null, "", null, "", $"Avoir sur la facture {invoice.Number} : {reason.Trim()}", 1, amountCents, amountCents, null)],
            TotalCents = amountCents,
            PreviousBalanceCents = 0,
            NoValidQuotient = false,
            CreditedInvoiceNumber = invoice.Number,
        };

    public static CreditNoteIssued Issued(Invoice invoice, InvoiceCredited credited, InvoiceNumber number, InvoiceDocument document, Guid pdfFileId, string pdfSha256) =>
        new(credited.CreditNoteId, number.Text, number.Year, number.Sequence, invoice.Id, invoice.Number, invoice.FamilyId, invoice.Month, document.IssuedOn,
            credited.AmountCents, credited.Reason, document, pdfFileId, pdfSha256, credited.AuthorId, credited.Author);
}

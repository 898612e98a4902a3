namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>A credit note as the credited invoice's snapshot keeps it.</summary>
public sealed record InvoiceCredit(Guid CreditNoteId, string Number, int AmountCents, string Reason);

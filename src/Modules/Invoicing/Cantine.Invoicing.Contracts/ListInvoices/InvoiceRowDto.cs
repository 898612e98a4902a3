using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Contracts.ListInvoices;

/// <summary>An invoice or credit note in the staff's list (amounts in cents; remaining 0 for a credit note).</summary>
public sealed record InvoiceRowDto(
    Guid InvoiceId, InvoiceKind Kind, string Number, Guid FamilyId, string FamilyName, DateOnly Month, DateOnly IssuedOn, DateOnly DueOn,
    int TotalCents, int RemainingCents, InvoiceStatus Status);

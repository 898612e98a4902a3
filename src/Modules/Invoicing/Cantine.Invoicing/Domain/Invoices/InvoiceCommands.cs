using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>Issue a family's invoice of a month with the number allocated for it and its stored PDF.</summary>
public sealed record IssueInvoice(Guid InvoiceId, Guid BatchId, DateOnly Month, InvoiceNumber Number, DateOnly DueOn, InvoiceDocument Document, Guid PdfFileId, string PdfSha256);

/// <summary>Record a payment received at the office; <see cref="PaymentId"/> is drawn by the form (a form posted twice pays once).</summary>
public sealed record RecordPayment(Guid InvoiceId, Guid PaymentId, int AmountCents, DateOnly PaidOn, PaymentMethod Method, string? Reference, Guid? AuthorId, string Author);

/// <summary>Credit an invoice by a credit note numbered <see cref="Number"/>.</summary>
public sealed record CreditInvoice(Guid InvoiceId, Guid CreditNoteId, InvoiceNumber Number, int AmountCents, string Reason, Guid? AuthorId, string Author);

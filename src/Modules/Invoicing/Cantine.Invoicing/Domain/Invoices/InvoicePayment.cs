using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>A payment as the invoice's snapshot keeps it.</summary>
public sealed record InvoicePayment(Guid PaymentId, int AmountCents, DateOnly PaidOn, PaymentMethod Method, string? Reference, string Author);

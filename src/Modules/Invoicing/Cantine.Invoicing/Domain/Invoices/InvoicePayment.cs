using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>
/// A payment as the invoice's snapshot keeps it. Online (PayFiP): <see cref="PaymentId"/> is the attempt's id,
/// <see cref="Reference"/> PayFiP's authorisation number (<c>numauto</c>) and <see cref="IdOp"/> PayFiP's operation.
/// </summary>
public sealed record InvoicePayment(Guid PaymentId, int AmountCents, DateOnly PaidOn, PaymentMethod Method, string? Reference, string Author, string? IdOp = null);

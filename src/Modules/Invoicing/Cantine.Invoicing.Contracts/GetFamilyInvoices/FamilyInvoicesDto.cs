using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Contracts.GetFamilyInvoices;

/// <summary>
/// The family's documents and its balance in cents: positive, what is left to pay over all its invoices; negative, a credit
/// in its favour (an overpayment). <see cref="OnlinePayment"/>: the town lets families pay by card (PayFiP).
/// </summary>
public sealed record FamilyInvoicesDto(int BalanceCents, IReadOnlyList<FamilyInvoiceDto> Invoices, bool OnlinePayment = false);

/// <summary>
/// One invoice or credit note as listed: <see cref="Month"/> is the month billed (its first day), <see cref="AmountCents"/>
/// the invoice's total or the amount credited, <see cref="RemainingCents"/> what is left to pay on an invoice.
/// <see cref="PayableOnline"/>: <c>Payer par CB</c> is offered (online payment on, an invoice with at least PayFiP's minimum
/// of 1 € left to pay).
/// </summary>
public sealed record FamilyInvoiceDto(
    Guid Id,
    InvoiceKind Kind,
    string Number,
    DateOnly Month,
    DateOnly IssuedOn,
    int AmountCents,
    int RemainingCents,
    DateOnly DueOn,
    InvoiceStatus Status,
    string? CreditedInvoiceNumber,
    bool PayableOnline = false);

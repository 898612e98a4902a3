using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Contracts.GetFamilyInvoices;

/// <summary>
/// The family's documents and its balance in cents: positive, what is left to pay over all its invoices; negative, a credit
/// in its favour (an overpayment).
/// </summary>
public sealed record FamilyInvoicesDto(int BalanceCents, IReadOnlyList<FamilyInvoiceDto> Invoices);

/// <summary>
/// One invoice or credit note as listed: <see cref="Month"/> is the month billed (its first day), <see cref="AmountCents"/>
/// the invoice's total or the amount credited, <see cref="RemainingCents"/> what is left to pay on an invoice.
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
    string? CreditedInvoiceNumber);

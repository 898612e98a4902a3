using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Contracts.ExportMonthInvoices;

/// <summary>
/// One row: an invoice, a credit note (<see cref="LinkedNumber"/>: the invoice it credits) or a payment
/// (<see cref="Number"/>: the invoice paid). <see cref="Date"/> is the issue date or the day the payment was received.
/// </summary>
public sealed record ExportRowDto(
    ExportRowKind Kind,
    string Number,
    DateOnly Date,
    DateOnly BilledMonth,
    string FamilyName,
    Guid FamilyId,
    int AmountCents,
    PaymentMethod? Method,
    string? Reference,
    string? LinkedNumber,
    DateOnly? DueOn,
    int? RemainingCents);

/// <summary>What a row of the export is.</summary>
public enum ExportRowKind
{
    Invoice,
    CreditNote,
    Payment,
}

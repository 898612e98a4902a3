using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Contracts.ExportMonthInvoices;

/// <summary>
/// One row: an invoice, a credit note (<see cref="LinkedNumber"/>: the invoice it credits) or a payment
/// (<see cref="Number"/>: the invoice paid). <see cref="Date"/> is the issue date or the day the payment was received.
/// An online payment (PayFiP) has PayFiP's authorisation number (<c>numauto</c>) as <see cref="Reference"/> and its
/// operation as <see cref="PayfipIdOp"/>.
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
    int? RemainingCents,
    string? PayfipIdOp = null);

/// <summary>What a row of the export is.</summary>
public enum ExportRowKind
{
    Invoice,
    CreditNote,
    Payment,
}

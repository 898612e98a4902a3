using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Contracts.GetInvoice;

/// <summary>
/// An invoice (or credit note) as staff read it. <see cref="FamilyBalanceCents"/> is the family's balance over all its
/// invoices (negative: a credit). <see cref="CreditableCents"/> is what a new credit note may still credit.
/// </summary>
public sealed record InvoiceDetailDto(
    Guid InvoiceId,
    InvoiceKind Kind,
    string Number,
    Guid FamilyId,
    string FamilyName,
    DateOnly Month,
    DateOnly IssuedOn,
    DateOnly DueOn,
    InvoiceStatus Status,
    int TotalCents,
    int PaidCents,
    int CreditedCents,
    int RemainingCents,
    int CreditableCents,
    bool NoValidQuotient,
    IReadOnlyList<InvoiceLineDto> Lines,
    IReadOnlyList<InvoicePaymentDto> Payments,
    IReadOnlyList<InvoiceCreditDto> Credits,
    Guid? CreditedInvoiceId,
    string? CreditedInvoiceNumber,
    string? Reason,
    int FamilyBalanceCents);

/// <summary>A printed line (amounts in cents).</summary>
public sealed record InvoiceLineDto(string ChildName, string ServiceName, string Description, int Quantity, int UnitPriceCents, int AmountCents, string? Bracket);

/// <summary>A payment recorded on the invoice.</summary>
public sealed record InvoicePaymentDto(DateOnly PaidOn, PaymentMethod Method, int AmountCents, string? Reference, string Author);

/// <summary>A credit note issued against the invoice.</summary>
public sealed record InvoiceCreditDto(Guid CreditNoteId, string Number, int AmountCents, string Reason);

using Cantine.Invoicing.Domain.Billing;

namespace Cantine.Invoicing.Rendering;

/// <summary>
/// Everything printed on an invoice or a credit note, fixed at issue: the PDF and the HTML twin are both rendered from
/// it. <see cref="Kind"/> is <c>Facture</c> or <c>Avoir</c> (then <see cref="CreditedInvoiceNumber"/> says which invoice
/// it credits, and amounts are positive numbers credited). Amounts are cents.
/// </summary>
public sealed record InvoiceDocument(
    string Kind,
    string Number,
    DateOnly IssuedOn,
    DateOnly DueOn,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    InvoiceIssuer Town,
    InvoiceRecipient Family,
    IReadOnlyList<BillLine> Lines,
    int TotalCents,
    int PreviousBalanceCents,
    bool NoValidQuotient,
    string? CreditedInvoiceNumber);

/// <summary>The town as printed: name, address lines, phone, e-mail, logo (PNG/JPEG bytes or null), the means of payment.</summary>
public sealed record InvoiceIssuer(
    string Name,
    IReadOnlyList<string> AddressLines,
    string Phone,
    string Email,
    byte[]? Logo,
    bool OnlinePayment,
    string ChequePayableTo);

/// <summary>The family as printed: its name, the billing guardian and the postal address (empty lines when unknown).</summary>
public sealed record InvoiceRecipient(Guid FamilyId, string FamilyName, string GuardianName, IReadOnlyList<string> AddressLines);

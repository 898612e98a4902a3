using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Invoicing.Contracts.GetInvoiceHtml;

/// <summary>
/// What an invoice or credit note prints, for its HTML twin. Amounts are cents; <see cref="PreviousBalanceCents"/> is the
/// balance carried at issue (positive: owed, negative: a credit); <see cref="AmountToPayCents"/> what the document asked
/// to pay at issue (total plus balance, never below zero; 0 for a credit note). <see cref="Status"/> is today's.
/// </summary>
public sealed record InvoiceHtmlDto(
    Guid Id,
    InvoiceKind Kind,
    string Number,
    DateOnly IssuedOn,
    DateOnly DueOn,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    InvoiceHtmlTownDto Town,
    InvoiceHtmlFamilyDto Family,
    IReadOnlyList<InvoiceHtmlLineDto> Lines,
    int TotalCents,
    int PreviousBalanceCents,
    int AmountToPayCents,
    bool NoValidQuotient,
    string? CreditedInvoiceNumber,
    InvoiceStatus Status,
    int RemainingCents);

/// <summary>The town as printed, and the means of payment it offered at issue.</summary>
public sealed record InvoiceHtmlTownDto(
    string Name, IReadOnlyList<string> AddressLines, string Phone, string Email, bool OnlinePayment, string ChequePayableTo);

/// <summary>The family as printed: its name, the billing guardian, the postal address (empty when unknown).</summary>
public sealed record InvoiceHtmlFamilyDto(string FamilyName, string GuardianName, IReadOnlyList<string> AddressLines);

/// <summary>One line: child (empty for an amount carried), service, description, bracket (or null), quantity, prices in cents.</summary>
public sealed record InvoiceHtmlLineDto(
    string ChildName, string ServiceName, string Description, string? Bracket, int Quantity, int UnitPriceCents, int AmountCents);

namespace Cantine.Invoicing.Contracts.PreviewMonthInvoices;

/// <summary>One line of a previewed bill (amounts in cents).</summary>
public sealed record PreviewLineDto(string ChildName, string ServiceName, string Description, int Quantity, int UnitPriceCents, int AmountCents, string? Bracket);

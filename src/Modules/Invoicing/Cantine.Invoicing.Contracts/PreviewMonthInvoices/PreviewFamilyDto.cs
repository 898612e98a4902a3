namespace Cantine.Invoicing.Contracts.PreviewMonthInvoices;

/// <summary>A family's bill of the month as previewed; <see cref="Carried"/> when under the town's minimum.</summary>
public sealed record PreviewFamilyDto(
    Guid FamilyId, string FamilyName, IReadOnlyList<PreviewLineDto> Lines, int TotalCents, bool Carried, bool NoValidQuotient, IReadOnlyList<string> Anomalies);

namespace Cantine.Invoicing.Contracts.ExportMonthInvoices;

/// <summary>A month's export rows (first day of the month in <see cref="Month"/>).</summary>
public sealed record MonthExportDto(DateOnly Month, IReadOnlyList<ExportRowDto> Rows);

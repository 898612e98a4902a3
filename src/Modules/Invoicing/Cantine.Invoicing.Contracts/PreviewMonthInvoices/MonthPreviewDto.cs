namespace Cantine.Invoicing.Contracts.PreviewMonthInvoices;

/// <summary>
/// The preview of a month: <see cref="InvoiceCount"/> invoices for <see cref="TotalCents"/>, <see cref="CarriedCount"/>
/// families carried to the next month (under <see cref="MinimumCents"/>), and <see cref="Batch"/> when the month was
/// already started (then it cannot be issued again).
/// </summary>
public sealed record MonthPreviewDto(
    DateOnly Month,
    IReadOnlyList<PreviewFamilyDto> Families,
    int InvoiceCount,
    int TotalCents,
    int CarriedCount,
    int MinimumCents,
    DateOnly DueOn,
    int AnomalyCount,
    GetInvoiceBatch.InvoiceBatchDto? Batch);

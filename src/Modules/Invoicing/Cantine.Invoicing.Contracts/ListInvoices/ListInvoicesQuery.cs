using Cantine.Invoicing.Contracts.Invoices;
using Mediator;

namespace Cantine.Invoicing.Contracts.ListInvoices;

/// <summary>
/// The town's invoices and credit notes, newest number first, <see cref="PageSize"/> a page: <see cref="Search"/> matches a
/// number or a family name (case and accents ignored), <see cref="Month"/> (any day of it) the month billed,
/// <see cref="Status"/> the status today. Staff.
/// </summary>
public sealed record ListInvoicesQuery(string? Search, DateOnly? Month, InvoiceStatus? Status, int Page = 1) : IQuery<InvoiceListDto>
{
    public const int PageSize = 50;
}

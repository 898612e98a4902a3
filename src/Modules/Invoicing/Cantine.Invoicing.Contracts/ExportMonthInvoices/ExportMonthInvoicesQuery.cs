using Mediator;

namespace Cantine.Invoicing.Contracts.ExportMonthInvoices;

/// <summary>
/// The treasurer's export of a calendar month (any day of it): the invoices and credit notes issued that month and the
/// payments received that month, in number then date order (columns: <c>docs/invoicing-export.md</c>). The Hélios PES V2
/// export will read the same rows. Administrators.
/// </summary>
public sealed record ExportMonthInvoicesQuery(DateOnly Month) : IQuery<MonthExportDto>;

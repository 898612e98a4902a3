namespace Cantine.Invoicing.Contracts.ListInvoices;

/// <summary>One page of the list and how many match in all.</summary>
public sealed record InvoiceListDto(IReadOnlyList<InvoiceRowDto> Rows, int Total, int Page, int PageCount);

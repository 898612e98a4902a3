using Cantine.BuildingBlocks.Domain;
using Cantine.Invoicing.Domain.Invoices;

namespace Cantine.Invoicing.Domain.Numbering;

/// <summary>
/// The town's series of invoice and credit-note numbers of one year: one stream per town and year, appended with its
/// expected version in the same transaction as the invoices it numbers, so a rolled-back transaction leaves no gap and two
/// writers at once cannot both take the same numbers (ADR 0028, not a PostgreSQL sequence).
/// </summary>
public sealed record InvoiceNumbering(Guid Id, int Year, int Last)
{
    public static Guid IdFor(string tenantId, int year) => StableId.For("invoice-numbering", tenantId, year);

    public InvoiceNumber Next => new(Year, Last + 1);

    public static InvoiceNumbering Create(InvoiceNumbersAllocated e) => new(e.NumberingId, e.Year, e.First + e.Count - 1);

    public InvoiceNumbering Apply(InvoiceNumbersAllocated e) => this with { Last = e.First + e.Count - 1 };
}

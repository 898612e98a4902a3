using Cantine.BuildingBlocks.Contracts;
using Cantine.Host.Pages;
using Cantine.Invoicing.Contracts.ExportMonthInvoices;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.ListInvoices;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Invoices;

/// <summary>
/// Administrators: Facturation › Factures. Search by number or family name, filter by month and status; 50 a page, newest
/// number first; one query.
/// </summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string? Recherche { get; set; }

    [BindProperty(SupportsGet = true, Name = "mois")]
    public string? Mois { get; set; }

    [BindProperty(SupportsGet = true, Name = "statut")]
    public InvoiceStatus? Statut { get; set; }

    public int PageNumber { get; private set; } = 1;

    public InvoiceListDto List { get; private set; } = null!;

    /// <paramref name="page"/> is read from the query string only: as a bound property named <c>page</c>, Razor Pages'
    /// own route value <c>page</c> (the page's path) would win over it and every link to another page would show the first.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        Recherche = Recherche?.Trim() is { Length: > 0 and <= 100 } r ? r : null;
        PageNumber = Paging.Clamp(page);
        List = await sender.Send(new ListInvoicesQuery(Recherche, InvoiceLabels.ParseMonth(Mois), Statut, PageNumber), ct);
    }

    /// <summary>The month chosen in the filter as the treasurer's CSV (documents issued and payments received that month).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (InvoiceLabels.ParseMonth(Mois) is not { } month)
        {
            return NotFound();
        }

        var export = await sender.Send(new ExportMonthInvoicesQuery(month), ct);
        return File(InvoicesCsv.Of(export), "text/csv; charset=utf-8", $"factures-{InvoiceLabels.MonthKey(month)}.csv");
    }

    public string Link(int page)
    {
        var query = new List<string>();
        if (Recherche is not null)
        {
            query.Add("recherche=" + Uri.EscapeDataString(Recherche));
        }

        if (InvoiceLabels.ParseMonth(Mois) is { } month)
        {
            query.Add("mois=" + InvoiceLabels.MonthKey(month));
        }

        if (Statut is { } status)
        {
            query.Add("statut=" + status);
        }

        query.Add("page=" + page);
        return $"/{Tenant.Slug}/admin/facturation/factures?{string.Join('&', query)}";
    }
}

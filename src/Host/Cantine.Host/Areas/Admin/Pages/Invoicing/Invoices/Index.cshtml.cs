using Cantine.Host.Pages;
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

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public InvoiceListDto List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Recherche = Recherche?.Trim() is { Length: > 0 and <= 100 } r ? r : null;
        List = await sender.Send(new ListInvoicesQuery(Recherche, InvoiceLabels.ParseMonth(Mois), Statut, Math.Max(1, PageNumber)), ct);
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

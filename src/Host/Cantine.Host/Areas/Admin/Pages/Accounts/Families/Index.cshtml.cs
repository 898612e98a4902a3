using Cantine.BuildingBlocks.Contracts;
using Cantine.Accounts.Contracts.ListFamilies;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>The structure's families: search, sortable columns, pages of 25.</summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string? Recherche { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Tri { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Numero { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "archivees")]
    public bool Archivees { get; set; }

    public FamilyListDto List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A search longer than any name is cut rather than refused: the list still answers.
        var search = Recherche is { Length: > 100 } ? Recherche[..100] : Recherche;
        List = await sender.Send(new ListFamiliesQuery(search, Paging.Clamp(Numero), PageSize, Tri ?? FamilySort.Name, Archivees), ct);
    }

    /// <summary>This list's address with one thing changed (the sort resets to page 1).</summary>
    public string Link(string? sort = null, int? page = null)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Recherche))
        {
            query.Add("recherche=" + Uri.EscapeDataString(Recherche));
        }

        var tri = sort ?? List.Sort;
        if (tri != FamilySort.Name)
        {
            query.Add("tri=" + Uri.EscapeDataString(tri));
        }

        if (Archivees)
        {
            query.Add("archivees=true");
        }

        var number = sort is null ? page ?? List.Page : 1;
        if (number > 1)
        {
            query.Add("p=" + number);
        }

        return $"/{Tenant.Slug}/admin/familles" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }

    /// <summary>The column's sort link: ascending first, descending when already ascending.</summary>
    public string SortLink(string column) => Link(sort: List.Sort == column ? "-" + column : column);

    /// <summary>The <c>aria-sort</c> of a column header.</summary>
    public string? AriaSort(string column) =>
        List.Sort == column ? "ascending" : List.Sort == "-" + column ? "descending" : null;
}

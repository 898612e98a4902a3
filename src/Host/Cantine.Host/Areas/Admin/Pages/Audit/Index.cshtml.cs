using Cantine.BuildingBlocks.Contracts;
using Cantine.Audit.Contracts.ListAuditEntries;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Audit;

/// <summary>Administrators: the audit log of staff changes, by day and author, or for one family (<c>?famille=</c>).</summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? Du { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public DateOnly? Au { get; set; }

    [BindProperty(SupportsGet = true, Name = "auteur")]
    public Guid? Auteur { get; set; }

    [BindProperty(SupportsGet = true, Name = "famille")]
    public Guid? Famille { get; set; }

    [BindProperty(SupportsGet = true, Name = "numero")]
    public int? NumeroPage { get; set; }

    public AuditLogDto Log { get; private set; } = new([], 1, false, []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A malformed filter in the URL (a date like 31/02) is ignored rather than refused: the log shows everything.
        ModelState.Clear();
        Log = await sender.Send(new ListAuditEntriesQuery(Du, Au, Auteur, Famille, Paging.Clamp(NumeroPage)), ct);
    }

    /// <summary>This page's address with the same filters and another page number.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["du"] = Du?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["au"] = Au?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["auteur"] = Auteur?.ToString(),
            ["famille"] = Famille?.ToString(),
            ["numero"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            $"/{Tenant.Slug}/admin/journal", query.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }
}

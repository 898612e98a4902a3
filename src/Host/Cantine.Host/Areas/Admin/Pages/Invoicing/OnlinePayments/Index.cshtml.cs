using System.Globalization;
using Cantine.Host.Pages;
using Cantine.Invoicing.Contracts.ListOnlinePayments;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.OnlinePayments;

/// <summary>
/// Administrators: Facturation › Paiements en ligne (issue #15). The town's PayFiP attempts, newest first, with PayFiP's raw
/// fields for the treasurer; filters by state, "à vérifier", days and a search; 50 a page; one query.
/// </summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "etat")]
    public OnlinePaymentState? Etat { get; set; }

    [BindProperty(SupportsGet = true, Name = "averifier")]
    public bool AVerifier { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public string? Du { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public string? Au { get; set; }

    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string? Recherche { get; set; }

    public int PageNumber { get; private set; } = 1;

    public OnlinePaymentListDto List { get; private set; } = null!;

    /// <summary>
    /// <paramref name="page"/> is read from the query string only: as a bound property named <c>page</c>, Razor Pages'
    /// own route value <c>page</c> (the page's path) would win over it.
    /// </summary>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        PageNumber = Math.Max(1, page ?? 1);
        Recherche = Recherche?.Trim() is { Length: > 0 and <= 100 } r ? r : null;
        List = await sender.Send(new ListOnlinePaymentsQuery(Etat, AVerifier, Day(Du), Day(Au), Recherche, PageNumber), ct);
    }

    public static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public string Link(int page)
    {
        var query = new List<string>();
        if (Etat is { } state)
        {
            query.Add("etat=" + state);
        }

        if (AVerifier)
        {
            query.Add("averifier=true");
        }

        if (Day(Du) is { } from)
        {
            query.Add("du=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (Day(Au) is { } to)
        {
            query.Add("au=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (Recherche is not null)
        {
            query.Add("recherche=" + Uri.EscapeDataString(Recherche));
        }

        query.Add("page=" + page);
        return $"/{Tenant.Slug}/admin/facturation/paiements-en-ligne?{string.Join('&', query)}";
    }
}

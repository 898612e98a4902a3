using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Cantine.Host.Pages.Reservations;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Reservations;

/// <summary>What a parent's browser sends from the grid: every ticked box (one "Coches" value each) with the form's hidden fields.</summary>
public static class BookingForm
{
    public static string Key(Guid child, Guid service, DateOnly date) => BookingGrid.Key(child, service, date);

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> LoadAsync(PortalClient client, string url)
    {
        var (response, page) = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return (response, page);
    }

    /// <summary>Posts the grid form of <paramref name="page"/> with exactly <paramref name="ticked"/>, like a browser would.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(
        PortalClient client, IHtmlDocument page, IEnumerable<string> ticked, bool withToken = true, Action<Dictionary<string, string>>? change = null)
    {
        var form = page.QuerySelector("main form.booking-form, main form[data-grid-form]") as IHtmlFormElement
            ?? page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().First(f => f.QuerySelector("table.booking") is not null);
        var hidden = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Name != BookingGrid.Field && (withToken || i.Name != Forms.AntiforgeryField))
            .ToDictionary(i => i.Name!, i => i.Value);
        change?.Invoke(hidden);
        var values = hidden.Select(h => new KeyValuePair<string, string>(h.Key, h.Value))
            .Concat(ticked.Select(t => new KeyValuePair<string, string>(BookingGrid.Field, t)));
        return client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    /// <summary>The keys of the boxes ticked on the page (what a browser would send if nothing changed).</summary>
    public static IReadOnlyList<string> Ticked(IHtmlDocument page) =>
        page.QuerySelectorAll("table.booking input[type=checkbox]").OfType<IHtmlInputElement>().Where(i => i.IsChecked).Select(i => i.Value).ToList();

    public static IHtmlInputElement Box(IHtmlDocument page, string key) =>
        page.QuerySelector($"input[type=checkbox][value='{key}']") as IHtmlInputElement ?? throw new InvalidOperationException($"No box {key}.");

    /// <summary>The cells of the row of <paramref name="service"/> in the table captioned <paramref name="child"/>.</summary>
    public static string[] Row(IHtmlDocument page, string child, string service)
    {
        var table = Table(page, child);
        var row = table.QuerySelectorAll("tbody tr").First(r => Html.Text(r.QuerySelector("th")).StartsWith(service, StringComparison.Ordinal));
        return row.Children.Select(Html.Text).ToArray();
    }

    public static IElement Table(IHtmlDocument page, string child) =>
        page.QuerySelectorAll("table.booking").First(t => Html.Text(t.QuerySelector("caption")) == child);

    public static string ChildTotal(IHtmlDocument page, string child) => Html.Text(Table(page, child).QuerySelector("[data-child-total]"));

    public static string GrandTotal(IHtmlDocument page) => Html.Text(page.QuerySelector("[data-grand-total]"));
}

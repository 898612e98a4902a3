using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Sweep;

/// <summary>
/// Visits the product as each visitor would (links followed from their home page), then sends every page it reached
/// hostile values: each query parameter (from the page's model and from the links to it) and each field of each form
/// the page renders, one at a time, the rest of the form as rendered; then each form emptied. Records every answer.
/// </summary>
public sealed class PageSweep(PageCatalogue catalogue, string slug)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Links a visitor does not follow: the way out.</summary>
    private static readonly string[] NotFollowed = ["deconnexion"];

    private readonly Dictionary<CataloguedPage, (string Visitor, string Url)> _reached = [];
    private readonly Dictionary<CataloguedPage, HashSet<string>> _linkedQuery = [];
    private readonly List<SweptRequest> _requests = [];
    private readonly List<string> _markupTexts = [];

    public IReadOnlyList<SweptRequest> Requests => _requests;

    /// <summary>
    /// Texts the crawled pages carry in their markup for scripts or assistive technology (title, aria-label, placeholder,
    /// alt and the data-val-* messages of client-side validation), each with the page it was found on.
    /// </summary>
    public IReadOnlyList<string> MarkupTexts => _markupTexts;

    /// <summary>The templates some visitor reached.</summary>
    public IEnumerable<string> Reached => _reached.Keys.Select(p => p.Template);

    /// <summary>Follows links (and GET forms) from <paramref name="start"/>, at most a few addresses per page template.</summary>
    public async Task CrawlAsync(string visitor, PortalClient client, params string[] start)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var perTemplate = new Dictionary<CataloguedPage, int>();
        var fetched = 0;
        while (queue.Count > 0 && fetched < 400)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url) || catalogue.Match(Path(url)) is not { } page || perTemplate.GetValueOrDefault(page) >= 3)
            {
                continue;
            }

            perTemplate[page] = perTemplate.GetValueOrDefault(page) + 1;
            fetched++;
            var (response, document) = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            _reached.TryAdd(page, (visitor, url));
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes.Where(a => a.Name is "title" or "aria-label" or "placeholder" or "alt" || a.Name.StartsWith("data-val", StringComparison.Ordinal)))
                {
                    _markupTexts.Add($"{url} [{attribute.Name}] {attribute.Value}");
                }
            }

            foreach (var link in Links(document))
            {
                if (catalogue.Match(Path(link)) is { } target)
                {
                    var keys = _linkedQuery.TryGetValue(target, out var k) ? k : _linkedQuery[target] = new(StringComparer.OrdinalIgnoreCase);
                    keys.UnionWith(QueryKeys(link));
                }

                queue.Enqueue(link);
            }
        }
    }

    /// <summary>Sends the hostile values to every page reached by <paramref name="visitor"/>.</summary>
    public async Task SweepAsync(string visitor, PortalClient client, Func<Task> stillSignedIn)
    {
        foreach (var (page, (by, url)) in _reached.Where(r => r.Value.Visitor == visitor).OrderBy(r => r.Key.Template, StringComparer.Ordinal))
        {
            var parameters = page.QueryParameters.Union(_linkedQuery.GetValueOrDefault(page) ?? [], StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var parameter in parameters)
            {
                foreach (var value in HostileValues.All)
                {
                    var target = WithQuery(url, parameter, value);
                    await RecordAsync(by, "GET", target, parameter, value, () => client.Http.GetAsync(target));
                }
            }

            var (response, document) = await client.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (var form in document.QuerySelectorAll("main form").OfType<IHtmlFormElement>())
            {
                await SweepFormAsync(by, client, url, form);
            }

            await stillSignedIn();
        }
    }

    private async Task SweepFormAsync(string visitor, PortalClient client, string pageUrl, IHtmlFormElement form)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        if (action.Contains("deconnexion", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var get = string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase);
        var fields = FormFields.Read(form);
        foreach (var field in fields.Where(f => f.Name != Forms.AntiforgeryField).DistinctBy(f => f.Name))
        {
            foreach (var value in HostileValues.For(field.Type))
            {
                var values = FormFields.With(fields, field.Name, value);
                await RecordAsync(visitor, get ? "GET" : "POST", action, field.Name, value,
                    () => get ? client.Http.GetAsync(FormFields.AsQuery(action, values)) : FormFields.PostAsync(client, form, action, values));
            }
        }

        // The address a form posts to carries query parameters of its own (?jour=…&handler=Recopier).
        if (!get)
        {
            foreach (var parameter in QueryKeys(action).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                foreach (var value in HostileValues.All)
                {
                    var target = WithQuery(action, parameter, value);
                    await RecordAsync(visitor, "POST", target, parameter, value, () => FormFields.PostAsync(client, form, target, fields));
                }
            }
        }

        // A form with nothing to fill in (a button and hidden ids) emptied is the form as rendered: an action, not input.
        var empty = FormFields.Emptied(fields);
        if (!get && !empty.SequenceEqual(fields))
        {
            await RecordAsync(visitor, "POST", action, "(tous)", string.Empty, () => FormFields.PostAsync(client, form, action, empty));
        }
    }

    private async Task RecordAsync(string visitor, string method, string url, string field, string value, Func<Task<HttpResponseMessage>> send)
    {
        using var response = await send();
        var messages = new List<string>();
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            messages.AddRange(document.QuerySelectorAll(".notice-error li, .notice-error p:not(:has(strong)), [role=alert]:not(.notice-error)")
                .Select(e => Html.Text(e)).Where(t => t.Length > 0));
        }

        _requests.Add(new SweptRequest(visitor, method, url, field, value, (int)response.StatusCode, messages));
    }

    private IEnumerable<string> Links(IHtmlDocument document) =>
        document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("form[method=get]").OfType<IHtmlFormElement>().Select(f => f.GetAttribute("action") ?? string.Empty))
            .Where(h => h.StartsWith($"/{slug}", StringComparison.OrdinalIgnoreCase) && !h.Contains('#', StringComparison.Ordinal))
            .Where(h => !NotFollowed.Any(n => h.Contains(n, StringComparison.OrdinalIgnoreCase)));

    private static string Path(string url) => url.Split('?')[0];

    private static IEnumerable<string> QueryKeys(string url) =>
        url.Contains('?', StringComparison.Ordinal)
            ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Select(p => Uri.UnescapeDataString(p.Split('=')[0])).Where(k => k.Length > 0 && k != "handler")
            : [];

    private static string WithQuery(string url, string name, string value)
    {
        var path = Path(url);
        var pairs = QueryPairs(url).Where(p => !string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Append(new(name, value));
        return path + "?" + string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }

    private static IEnumerable<KeyValuePair<string, string>> QueryPairs(string url) =>
        url.Contains('?', StringComparison.Ordinal)
            ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty))
            : [];
}

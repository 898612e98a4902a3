using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Reservations;

/// <summary>Posts a form whose fields repeat a name (week days, services ticked), as a browser sends checkboxes.</summary>
public static class MultiValueForms
{
    public static async Task<HttpResponseMessage> PostAsync(
        PortalClient client, string pageUrl, IEnumerable<(string Name, string Value)> values, string? actionContains = null, bool withToken = true)
    {
        var (_, page) = await client.GetAsync(pageUrl);
        var form = PortalClient.MainForm(page, pageUrl, actionContains);
        var names = values.Select(v => v.Name).ToHashSet();
        var hidden = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && !names.Contains(i.Name!) && (withToken || i.Name != Forms.AntiforgeryField))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        var content = new FormUrlEncodedContent(hidden.Concat(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))));
        var action = form.GetAttribute("action");
        return await client.Http.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, content);
    }
}

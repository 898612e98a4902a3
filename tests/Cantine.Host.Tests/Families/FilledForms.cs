using AngleSharp.Html.Dom;

namespace Cantine.Host.Tests.Families;

/// <summary>Posts a form as a browser does after the user changed some fields: every field with its current value, the changes applied.</summary>
public static class FilledForms
{
    public static async Task<HttpResponseMessage> SubmitFilledAsync(
        this PortalClient client, string pageUrl, IDictionary<string, string> changes, string? actionContains = null)
    {
        var (_, page) = await client.GetAsync(pageUrl);
        var form = page.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            .First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)
                && (actionContains is null || (f.GetAttribute("action") ?? string.Empty).Contains(actionContains, StringComparison.OrdinalIgnoreCase)));
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !changes.ContainsKey(input.Name!):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        values.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !changes.ContainsKey(select.Name!):
                    values.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !changes.ContainsKey(area.Name!):
                    values.Add(new(area.Name!, area.Value));
                    break;
            }
        }

        values.AddRange(changes);
        var action = form.GetAttribute("action");
        return await client.Http.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(values));
    }
}

using System.Net;
using AngleSharp.Html.Dom;

namespace Cantine.Host.Tests.Support;

/// <summary>Form posts a test needs beyond <see cref="PortalClient.SubmitAsync(string, IDictionary{string, string}, string?)"/>.</summary>
public static class Forms
{
    public const string AntiforgeryField = "__jeton";

    /// <summary>Posts the page's own form (in <c>main</c>), not the sign-out form of the band that comes first.</summary>
    public static async Task<HttpResponseMessage> SubmitMainAsync(this PortalClient client, string pageUrl, IDictionary<string, string> fields)
    {
        var (response, page) = await client.GetAsync(pageUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {pageUrl}");
        return await client.PostAsync(MainForm(page, pageUrl), pageUrl, fields);
    }

    /// <summary>
    /// Loads the page, checks that the chosen form carries the antiforgery token, removes it and posts the
    /// form (the browser still sends the antiforgery cookie): what a forged cross-site post looks like.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitWithoutTokenAsync(
        this PortalClient client, string pageUrl, IDictionary<string, string> fields, string? actionContains = null)
    {
        var (response, page) = await client.GetAsync(pageUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {pageUrl}");
        var form = actionContains is null
            ? MainForm(page, pageUrl)
            : page.Forms.First(f => (f.GetAttribute("action") ?? string.Empty).Contains(actionContains, StringComparison.OrdinalIgnoreCase));
        var token = form.Elements.OfType<IHtmlInputElement>().SingleOrDefault(i => i.Name == AntiforgeryField);
        token.ShouldNotBeNull($"The form of {pageUrl} has no antiforgery token.");
        token.Remove();
        return await client.PostAsync(form, pageUrl, fields);
    }

    /// <summary>The same forged post for an upload form: <c>multipart/form-data</c> with the file, without the token.</summary>
    public static async Task<HttpResponseMessage> SubmitMultipartWithoutTokenAsync(
        this PortalClient client, string pageUrl, IDictionary<string, string> fields, IReadOnlyList<UploadedFile> files, string? actionContains = null)
    {
        var (response, page) = await client.GetAsync(pageUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {pageUrl}");
        var form = PortalClient.MainForm(page, pageUrl, actionContains);
        form.GetAttribute("enctype").ShouldBe("multipart/form-data");
        var token = form.Elements.OfType<IHtmlInputElement>().SingleOrDefault(i => i.Name == AntiforgeryField);
        token.ShouldNotBeNull($"The form of {pageUrl} has no antiforgery token.");
        token.Remove();
        return await client.PostMultipartAsync(form, pageUrl, fields, files);
    }

    /// <summary>
    /// Posts to <paramref name="targetUrl"/> with a valid antiforgery token taken from <paramref name="tokenPageUrl"/>
    /// (the band's sign-out form has one): a signed-in user aiming a form at an address they guessed.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(
        this PortalClient client, string tokenPageUrl, string targetUrl, IDictionary<string, string> fields)
    {
        var (response, page) = await client.GetAsync(tokenPageUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {tokenPageUrl}");
        var token = page.QuerySelector($"input[name={AntiforgeryField}]") as IHtmlInputElement
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPageUrl}.");
        var values = new Dictionary<string, string>(fields) { [AntiforgeryField] = token.Value };
        return await client.Http.PostAsync(targetUrl, new FormUrlEncodedContent(values));
    }

    public static Task<HttpResponseMessage> PostAsync(this PortalClient client, IHtmlFormElement form, string pageUrl, IDictionary<string, string> fields)
    {
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        return client.Http.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(values));
    }

    public static IHtmlFormElement MainForm(IHtmlDocument page, string pageUrl) =>
        page.QuerySelector("main form") as IHtmlFormElement ?? throw new InvalidOperationException($"No form in the main content of {pageUrl}.");
}

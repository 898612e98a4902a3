using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Cantine.Testing;

/// <summary>Drives the pages like a browser without JavaScript: GET a page, fill its form (with its antiforgery token), POST it.</summary>
public sealed class PortalClient(HttpClient http, TestClock clock) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    /// <summary>The clock of the host this client talks to (an authenticator app reads it for its codes).</summary>
    public TestClock Clock => clock;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes the form whose action contains <paramref name="actionContains"/>
    /// (or the first form), sets <paramref name="fields"/> and posts it with its hidden fields.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IDictionary<string, string> fields, string? actionContains = null)
    {
        var (_, page) = await GetAsync(pageUrl);
        return await SubmitAsync(page, pageUrl, fields, actionContains);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string pageUrl, IDictionary<string, string> fields, string? actionContains = null)
    {
        var form = page.Forms.FirstOrDefault(f => actionContains is null || (f.GetAttribute("action") ?? string.Empty).Contains(actionContains, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form matching '{actionContains}' on {pageUrl}.");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return await http.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes the form of the main content whose action contains
    /// <paramref name="actionContains"/> (or its first form), and posts it as <c>multipart/form-data</c> with its
    /// hidden fields, <paramref name="fields"/> and <paramref name="files"/>: what a browser sends for an upload form.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitMultipartAsync(
        string pageUrl, IDictionary<string, string> fields, IReadOnlyList<UploadedFile> files, string? actionContains = null)
    {
        var (_, page) = await GetAsync(pageUrl);
        return await PostMultipartAsync(MainForm(page, pageUrl, actionContains), pageUrl, fields, files);
    }

    /// <summary>The form of the main content (not the band's sign-out form) whose action contains <paramref name="actionContains"/>.</summary>
    public static IHtmlFormElement MainForm(IHtmlDocument page, string pageUrl, string? actionContains = null) =>
        page.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => actionContains is null || (f.GetAttribute("action") ?? string.Empty).Contains(actionContains, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"No form matching '{actionContains}' in the main content of {pageUrl}.");

    /// <summary>Posts <paramref name="form"/> as <c>multipart/form-data</c>: its hidden fields, <paramref name="fields"/> and <paramref name="files"/>.</summary>
    public Task<HttpResponseMessage> PostMultipartAsync(
        IHtmlFormElement form, string pageUrl, IDictionary<string, string> fields, IReadOnlyList<UploadedFile> files)
    {
        // A form may repeat a hidden name (ASP.NET Core writes one "__Invariant" per date input): keep every one.
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name) && !fields.ContainsKey(i.Name!))
            .Select(i => (Name: i.Name!, i.Value))
            .Concat(fields.Select(f => (Name: f.Key, f.Value)));

        var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }

        var action = form.GetAttribute("action");
        return http.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, content);
    }

    public static string Location(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            ? response.Headers.Location!.OriginalString
            : throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}.");

    public void Dispose() => http.Dispose();
}

/// <summary>A file chosen in a form's file input <paramref name="Field"/>, as the browser sends it.</summary>
public sealed record UploadedFile(string Field, string FileName, byte[] Content, string ContentType = "application/pdf");

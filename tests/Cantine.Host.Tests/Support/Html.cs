using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Cantine.Host.Tests.Support;

/// <summary>What a test reads on a page: headings, labels, the error summary, the confirmation notice.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string Heading(this IHtmlDocument page) => Text(page.QuerySelector("h1"));

    public static string Label(this IHtmlDocument page, string fieldId) => Text(page.QuerySelector($"label[for='{fieldId}']"));

    /// <summary>The items of the error summary at the top of a form.</summary>
    public static IReadOnlyList<string> Errors(this IHtmlDocument page) =>
        page.QuerySelectorAll(".notice-error li").Select(Text).ToList();

    /// <summary>The whole error notice (a refused link has no list, only a paragraph).</summary>
    public static string ErrorNotice(this IHtmlDocument page) => Text(page.QuerySelector(".notice-error"));

    public static string? Confirmation(this IHtmlDocument page) =>
        page.QuerySelector(".notice-success") is { } notice ? Text(notice) : null;

    public static IHtmlInputElement Field(this IHtmlDocument page, string id) =>
        page.QuerySelector($"input#{id}") as IHtmlInputElement ?? throw new InvalidOperationException($"No input #{id}.");

    /// <summary>The page's main content without its antiforgery tokens (each response gets new ones).</summary>
    public static string MainWithoutTokens(this IHtmlDocument page)
    {
        var main = (IElement)page.QuerySelector("main")!.Clone();
        foreach (var token in main.QuerySelectorAll($"input[name={Forms.AntiforgeryField}]").ToList())
        {
            token.Remove();
        }

        return main.InnerHtml;
    }

    public static string Text(IElement? element) =>
        element is null ? throw new InvalidOperationException("Element not found.") : string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cantine.Host.Uploads;

/// <summary>Serves a stored PDF: right content type, a safe file name, no sniffing, no caching by shared proxies.</summary>
public static class PdfResponse
{
    public static FileStreamResult Inline(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, Stream content, string fileName) => Serve(page, content, fileName, "inline");

    public static FileStreamResult Attachment(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, Stream content, string fileName) => Serve(page, content, fileName, "attachment");

    private static FileStreamResult Serve(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, Stream content, string fileName, string disposition)
    {
        var headers = page.Response.Headers;
        var value = new ContentDispositionHeaderValue(disposition);
        value.SetHttpFileName(fileName);
        headers.ContentDisposition = value.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        return new FileStreamResult(content, "application/pdf");
    }
}

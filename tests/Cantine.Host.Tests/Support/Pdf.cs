using System.Net;

namespace Cantine.Host.Tests.Support;

/// <summary>What a served PDF must look like (ADR 0011): its type, a safe file name, no sniffing, no caching, its exact bytes.</summary>
public static class Pdf
{
    public static async Task ShouldBePdfAsync(this HttpResponseMessage response, byte[] expected, string disposition, string fileName)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var contentDisposition = response.Content.Headers.ContentDisposition;
        contentDisposition.ShouldNotBeNull();
        contentDisposition.DispositionType.ShouldBe(disposition);
        (contentDisposition.FileNameStar ?? contentDisposition.FileName?.Trim('"')).ShouldBe(fileName);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(expected);
    }

    /// <summary>The French "page not found", and not a byte of the file.</summary>
    public static async Task ShouldBeNotFoundAsync(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await response.ReadPageAsync();
        page.Heading().ShouldBe("Page introuvable");
    }
}

using UglyToad.PdfPig;

namespace Cantine.BuildingBlocks.Files;

/// <summary>
/// Accepts a file as a PDF by its content, not its name: it must start with the PDF header and open as a
/// PDF with at least one page (a renamed image, an HTML page or a polyglot with a foreign header is refused).
/// </summary>
public static class PdfContent
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// A size limit in megabytes as people read it: <c>10</c> for 10 MB, <c>0.5</c> for 512 KB (shown "0,5 Mo"
    /// in French), never 0 (a whole-number division would say "0 Mo" for any limit under 1 MB).
    /// </summary>
    public static double Megabytes(long bytes) => Math.Max(0.1, Math.Round(bytes / (1024d * 1024d), 1));

    public static PdfProblem? Check(byte[]? content, long maxBytes)
    {
        if (content is null || content.Length == 0)
        {
            return PdfProblem.Empty;
        }

        if (content.LongLength > maxBytes)
        {
            return PdfProblem.TooLarge;
        }

        if (content.Length < 8 || !content.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return PdfProblem.NotPdf;
        }

        try
        {
            using var document = PdfDocument.Open(content);
            return document.NumberOfPages > 0 ? null : PdfProblem.NotPdf;
        }
        catch (Exception)
        {
            // PdfPig throws many exception types for broken files; any of them means "not a readable PDF".
            return PdfProblem.NotPdf;
        }
    }
}

using UglyToad.PdfPig;

namespace Cantine.BuildingBlocks.Files;

/// <summary>
/// Accepts a file as a PDF by its content, not its name: it must start with the PDF header and open as a
/// PDF with at least one page (a renamed image, an HTML page or a polyglot with a foreign header is refused).
/// </summary>
public static class PdfContent
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

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

using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Cantine.Invoicing.Tests.Rendering;

/// <summary>Reads a PDF back as PdfPig sees it: per page, the visual lines (words on the same baseline, left to right).</summary>
internal static class PdfText
{
    public static IReadOnlyList<IReadOnlyList<string>> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(Lines).ToList();
    }

    public static IReadOnlyList<string> AllLines(byte[] pdf) => Pages(pdf).SelectMany(p => p).ToList();

    private static IReadOnlyList<string> Lines(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => Join(g.OrderBy(w => w.BoundingBox.Left)))
            .ToList();

    private static string Join(IEnumerable<Word> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word.Text);
        }

        return text.ToString();
    }
}

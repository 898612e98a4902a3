using PdfSharp.Fonts;

namespace Cantine.Invoicing.Rendering;

/// <summary>
/// DejaVu Sans and DejaVu Sans Bold, shipped inside this assembly (Rendering/Fonts), so an invoice renders the same on
/// any machine and embeds its fonts. PDFsharp has one font resolver per process: <see cref="EnsureRegistered"/> sets it
/// once; every family name resolves to DejaVu Sans.
/// </summary>
public sealed class InvoiceFonts : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not InvoiceFonts)
            {
                GlobalFontSettings.FontResolver = new InvoiceFonts();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(isBold ? Bold : Regular);

    public byte[] GetFont(string faceName)
    {
        var name = $"Cantine.Invoicing.Rendering.Fonts.{(faceName == Bold ? Bold : Regular)}.ttf";
        using var stream = typeof(InvoiceFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font '{name}' is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

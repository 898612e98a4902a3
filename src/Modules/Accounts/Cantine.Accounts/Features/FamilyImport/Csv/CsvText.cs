using System.Text;

namespace Cantine.Accounts.Features.FamilyImport.Csv;

/// <summary>
/// Decodes an uploaded CSV: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252, which is
/// what French spreadsheets save as "CSV (séparateur : point-virgule)". A 1252 file with accents is never valid UTF-8.
/// </summary>
internal static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] content)
    {
        var bytes = content.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>
    /// <c>;</c> or <c>,</c>, whichever the header line has more of (outside quotes): a French header has no comma,
    /// an English-style export no semicolon.
    /// </summary>
    public static char Separator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return commas > semicolons ? ',' : ';';
    }
}

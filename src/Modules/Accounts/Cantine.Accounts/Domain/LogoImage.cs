using System.Text;
using System.Xml;

namespace Cantine.Accounts.Domain;

/// <summary>
/// Accepts a logo by its content, never its name: PNG and JPEG by their signature, SVG when it is well-formed XML
/// whose root is <c>svg</c> with no script, event handler, foreign content, DTD or reference outside the file
/// (an SVG is a document a browser may run, not just a picture).
/// </summary>
public static class LogoImage
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase) { "script", "foreignObject", "iframe", "embed", "object", "audio", "video" };

    /// <summary>The content type to serve, or the key of the refusal.</summary>
    public static (string? ContentType, string? Problem) Check(byte[] content)
    {
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", null);
        }

        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", null);
        }

        return CheckSvg(content);
    }

    private static (string?, string?) CheckSvg(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, "Logo.Format");
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction)
                {
                    return (null, "Logo.UnsafeSvg");
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (root && reader.LocalName != "svg")
                {
                    return (null, "Logo.Format");
                }

                root = false;
                if (ForbiddenElements.Contains(reader.LocalName) || HasUnsafeAttribute(reader))
                {
                    return (null, "Logo.UnsafeSvg");
                }

                if (reader.LocalName == "style" && !reader.IsEmptyElement && !IsSafeStyle(reader.ReadInnerXml()))
                {
                    return (null, "Logo.UnsafeSvg");
                }
            }

            return root ? (null, "Logo.Format") : ("image/svg+xml", null);
        }
        catch (XmlException)
        {
            return (null, text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) ? "Logo.UnsafeSvg" : "Logo.Format");
        }
    }

    private static bool HasUnsafeAttribute(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || (name == "href" && !reader.Value.TrimStart().StartsWith('#'))
                || (name == "style" && !IsSafeStyle(reader.Value)))
            {
                return true;
            }
        }

        reader.MoveToElement();
        return false;
    }

    private static bool IsSafeStyle(string css) =>
        !css.Contains("@import", StringComparison.OrdinalIgnoreCase)
        && !css.Replace(" ", string.Empty, StringComparison.Ordinal).Split("url(", StringSplitOptions.None).Skip(1).Any(rest => !rest.TrimStart('\'', '"').StartsWith('#'))
        && !css.Contains("expression(", StringComparison.OrdinalIgnoreCase)
        && !css.Contains("javascript:", StringComparison.OrdinalIgnoreCase);
}

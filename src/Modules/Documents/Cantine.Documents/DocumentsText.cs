using System.Globalization;
using System.Resources;

namespace Cantine.Documents;

/// <summary>The module's French texts (Resources/DocumentsText.resx); add DocumentsText.xx.resx for another language.</summary>
internal static class DocumentsText
{
    private static readonly ResourceManager Resources = new("Cantine.Documents.Resources.DocumentsText", typeof(DocumentsText).Assembly);

    public static string Get(string key, params object[] args)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No text '{key}'.");
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }
}

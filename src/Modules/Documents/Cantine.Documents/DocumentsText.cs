using Cantine.BuildingBlocks;

namespace Cantine.Documents;

/// <summary>The module's French texts (Resources/DocumentsText.resx); add DocumentsText.xx.resx for another language.</summary>
internal static class DocumentsText
{
    private static readonly ResourceTexts Texts = new("Cantine.Documents.Resources.DocumentsText", typeof(DocumentsText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}

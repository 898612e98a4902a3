namespace Cantine.BuildingBlocks.Files;

/// <summary>A safe name to store and to offer for download: no path, no control or bidi characters, no quotes, ending in .pdf.</summary>
public static class SafeFileName
{
    public static string ForPdf(string? fileName, string fallback)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Trim();
        name = new string(Validation.TextRules.WithoutInvisibleControls(name).Where(c => c is not '"' and not '/' and not ':').ToArray());
        if (string.IsNullOrWhiteSpace(name))
        {
            name = fallback;
        }

        return name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name : name + ".pdf";
    }
}

namespace Cantine.Documents.Features.Shared;

/// <summary>A safe download name: no path, no control characters, ending in .pdf.</summary>
internal static class PdfFileName
{
    public static string Clean(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/' and not ':').ToArray());
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "document";
        }

        return name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name : name + ".pdf";
    }
}

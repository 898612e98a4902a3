namespace Cantine.Messaging.Features.Shared;

/// <summary>A safe download name for an attachment: no path, no control characters, ending in .pdf.</summary>
internal static class AttachmentName
{
    public static string Clean(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/' and not ':').ToArray());
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "piece-jointe";
        }

        return name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name : name + ".pdf";
    }
}

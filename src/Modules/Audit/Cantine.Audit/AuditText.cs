using Cantine.BuildingBlocks;

namespace Cantine.Audit;

/// <summary>The log's own French texts: the automated authors and the fallback description (Resources/AuditText.resx).</summary>
internal static class AuditText
{
    private static readonly ResourceTexts Texts = new("Cantine.Audit.Resources.AuditText", typeof(AuditText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}

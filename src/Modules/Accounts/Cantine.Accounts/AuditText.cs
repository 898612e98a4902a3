using Cantine.BuildingBlocks;

namespace Cantine.Accounts;

/// <summary>The audit log's French descriptions of the module's events (Resources/AuditText.resx).</summary>
internal static class AuditText
{
    private static readonly ResourceTexts Texts = new("Cantine.Accounts.Resources.AuditText", typeof(AuditText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}

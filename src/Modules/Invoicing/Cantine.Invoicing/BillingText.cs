using Cantine.BuildingBlocks;

namespace Cantine.Invoicing;

/// <summary>The French texts of billing settings, tariffs and quotients (Resources/BillingText.resx).</summary>
internal static class BillingText
{
    private static readonly ResourceTexts Texts = new("Cantine.Invoicing.Resources.BillingText", typeof(BillingText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}

using Cantine.BuildingBlocks;

namespace Cantine.Invoicing.Rendering;

/// <summary>What an invoice prints, in French (Resources/InvoiceRenderingText.resx).</summary>
internal static class InvoiceRenderingText
{
    private static readonly ResourceTexts Texts = new("Cantine.Invoicing.Resources.InvoiceRenderingText", typeof(InvoiceRenderingText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}

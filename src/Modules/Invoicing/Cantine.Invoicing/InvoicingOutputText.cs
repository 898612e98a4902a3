using System.Globalization;
using Cantine.BuildingBlocks;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing;

/// <summary>The French texts of invoices, numbering, batches and payments (Resources/InvoicingOutputText.resx).</summary>
internal static class InvoicingOutputText
{
    private static readonly ResourceTexts Texts = new("Cantine.Invoicing.Resources.InvoicingOutputText", typeof(InvoicingOutputText).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Get(string key, params object[] args) => Texts.Get(key, args);

    public static Error Refusal(string key, string? field = null, params object[] args) => new(key, Get(key, args), field);

    /// <summary>The French error of a refused decision; an amount argument is written "12,50 €".</summary>
    public static Error Refusal(Decision refused) => refused.Refusal switch
    {
        "CreditTooLarge" => Refusal("CreditTooLarge", refused.Field, Euros((int)refused.Args[0])),
        _ => Refusal(refused.Refusal!, refused.Field, refused.Args),
    };

    public static string Euros(int cents) => (cents / 100m).ToString("N2", French) + " €";
}

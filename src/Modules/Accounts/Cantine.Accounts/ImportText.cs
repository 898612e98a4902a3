using Cantine.BuildingBlocks;
using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.Accounts;

/// <summary>The French texts of the CSV import and export, invitations and structure settings (Resources/ImportText.resx).</summary>
internal static class ImportText
{
    private static readonly ResourceTexts Texts = new("Cantine.Accounts.Resources.ImportText", typeof(ImportText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);

    public static Error Refusal(string key, params object[] args) => new(key, Get(key, args), null);

    public static Error FieldRefusal(string key, string field, params object[] args) => new(key, Get(key, args), field);
}

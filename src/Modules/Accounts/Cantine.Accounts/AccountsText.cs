using Cantine.BuildingBlocks;

namespace Cantine.Accounts;

/// <summary>The module's French texts (Resources/AccountsText.resx); add AccountsText.xx.resx for another language.</summary>
internal static class AccountsText
{
    private static readonly ResourceTexts Texts = new("Cantine.Accounts.Resources.AccountsText", typeof(AccountsText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}

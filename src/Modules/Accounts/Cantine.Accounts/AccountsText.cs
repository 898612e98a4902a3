using System.Globalization;
using System.Resources;

namespace Cantine.Accounts;

/// <summary>The module's French texts (Resources/AccountsText.resx); add AccountsText.xx.resx for another language.</summary>
internal static class AccountsText
{
    private static readonly ResourceManager Resources = new("Cantine.Accounts.Resources.AccountsText", typeof(AccountsText).Assembly);

    public static string Get(string key, params object[] args)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No text '{key}'.");
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }
}

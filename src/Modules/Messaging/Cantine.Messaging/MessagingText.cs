using System.Globalization;
using System.Resources;

namespace Cantine.Messaging;

/// <summary>The module's French texts (Resources/MessagingText.resx).</summary>
internal static class MessagingText
{
    private static readonly ResourceManager Resources = new("Cantine.Messaging.Resources.MessagingText", typeof(MessagingText).Assembly);

    public static string Get(string key, params object[] args)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No text '{key}'.");
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }
}

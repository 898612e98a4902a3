using Cantine.BuildingBlocks;

namespace Cantine.Messaging;

/// <summary>The module's French texts (Resources/MessagingText.resx).</summary>
internal static class MessagingText
{
    private static readonly ResourceTexts Texts = new("Cantine.Messaging.Resources.MessagingText", typeof(MessagingText).Assembly);

    public static string Get(string key, params object[] args) => Texts.Get(key, args);
}

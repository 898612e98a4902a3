namespace Cantine.Messaging.Contracts.EmailPreferences;

/// <summary>Error codes the pages act upon (not only show).</summary>
public static class MessagingErrors
{
    /// <summary>The preferences changed since the page was shown (another tab, another device): reload, nothing was saved.</summary>
    public const string StalePreferences = "Preferences.Stale";
}

using Cantine.Accounts.Contracts.IntegrationEvents;
using Wolverine.Tracking;

namespace Cantine.Accounts.Tests.Features.Support;

/// <summary>What the Accounts module published during a tracked command: the password links and changes.</summary>
public static class ResetLinkEvents
{
    public static IReadOnlyList<PasswordResetRequestedIntegrationEvent> LinksRequested(this ITrackedSession messages) =>
        messages.Sent.MessagesOf<PasswordResetRequestedIntegrationEvent>().ToList();

    public static IReadOnlyList<PasswordChangedIntegrationEvent> PasswordsChanged(this ITrackedSession messages) =>
        messages.Sent.MessagesOf<PasswordChangedIntegrationEvent>().ToList();

    /// <summary>The token of a link path (<c>/{slug}/mot-de-passe/choisir?jeton=…</c>), as the page would read it.</summary>
    public static string Token(this PasswordResetRequestedIntegrationEvent link)
    {
        const string marker = "?jeton=";
        var at = link.LinkPath.IndexOf(marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, link.LinkPath);
        return Uri.UnescapeDataString(link.LinkPath[(at + marker.Length)..]);
    }
}

using Cantine.BuildingBlocks.Domain;

namespace Cantine.Messaging.Domain;

/// <summary>
/// A guardian's choices of optional e-mails: one stream per guardian, its inline snapshot read by the handlers that send
/// and by "Mes préférences" (ADR 0033). A kind never chosen is on. <see cref="Version"/> is the page's concurrency version.
/// </summary>
public sealed record EmailPreferences(Guid Id, Guid GuardianId, IReadOnlyList<string> TurnedOff, int Version)
{
    /// <summary>The version of a guardian who never chose.</summary>
    public const int NoVersion = 0;

    public static Guid StreamIdFor(string tenantId, Guid guardianId) => StableId.For("email-preferences", tenantId, guardianId);

    public static EmailPreferences Create(EmailPreferencesChosen e) => new(e.PreferencesId, e.GuardianId, e.TurnedOff, 1);

    public EmailPreferences Apply(EmailPreferencesChosen e) => this with { TurnedOff = e.TurnedOff, Version = Version + 1 };

    public bool Wants(EmailKind kind) => !TurnedOff.Contains(kind.ToString());

    /// <summary>Whether the guardian wants this kind of e-mail; a guardian who never chose gets every kind.</summary>
    public static bool Wants(EmailPreferences? preferences, EmailKind kind) => preferences?.Wants(kind) ?? true;

    public static string VersionOf(EmailPreferences? preferences) =>
        (preferences?.Version ?? NoVersion).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

namespace Cantine.Messaging.Domain;

/// <summary>The kinds of optional e-mails the guardian keeps; the others are turned off. <see cref="Version"/> is the page's.</summary>
public sealed record ChooseEmailPreferences(Guid PreferencesId, Guid GuardianId, string Version, IReadOnlySet<EmailKind> TurnedOn);

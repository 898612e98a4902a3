namespace Cantine.Messaging.Domain;

/// <summary>A guardian chose, in "Mes préférences", which optional e-mails to receive: every kind not listed is on.</summary>
public sealed record EmailPreferencesChosen(Guid PreferencesId, Guid GuardianId, IReadOnlyList<string> TurnedOff, DateTimeOffset At);

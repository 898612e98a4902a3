namespace Cantine.Messaging.Domain;

/// <summary>One-click unsubscribe: this one kind off, the guardian's other choices kept.</summary>
public sealed record TurnOffEmailKind(Guid PreferencesId, Guid GuardianId, EmailKind Kind);

namespace Cantine.Messaging.Domain;

/// <summary>
/// Who Messaging writes to about a family (reminders, confirmations): its guardians with an address, copied from Accounts'
/// FamilyContactsChangedIntegrationEvent (ADR 0033). <see cref="Version"/> is the message's, so an older copy never wins.
/// </summary>
public sealed record FamilyRecipients(Guid Id, IReadOnlyList<Recipient> Guardians, long Version);

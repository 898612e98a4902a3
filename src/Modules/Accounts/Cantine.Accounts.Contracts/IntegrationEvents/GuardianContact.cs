namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>A guardian as an e-mail's recipient: the account's id (its preferences are keyed on it), name and address.</summary>
public sealed record GuardianContact(Guid GuardianId, string DisplayName, string Email);

namespace Cantine.Messaging.Domain;

/// <summary>A guardian as the recipient of an e-mail.</summary>
public sealed record Recipient(Guid GuardianId, string Name, string Email);

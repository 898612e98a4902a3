namespace Cantine.Accounts.Domain;

public sealed record FamilyRegistered(Guid FamilyId, string Name, string? ExternalReference);

public sealed record FamilyRenamed(Guid FamilyId, string Name);

public sealed record FamilyArchived(Guid FamilyId);

/// <summary>RGPD erasure of a family who left (ADR 0018): its name is gone; ids stay for the town's accounts.</summary>
public sealed record FamilyErased(Guid FamilyId, DateTimeOffset At, string Reason);

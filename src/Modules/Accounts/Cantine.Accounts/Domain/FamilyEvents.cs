namespace Cantine.Accounts.Domain;

public sealed record FamilyRegistered(Guid FamilyId, string Name, string? ExternalReference);

public sealed record FamilyRenamed(Guid FamilyId, string Name);

public sealed record FamilyArchived(Guid FamilyId);

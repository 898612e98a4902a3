namespace Cantine.Accounts.Domain;

// What the staff (or a CSV import) asks of a family, in the domain's words.

/// <summary>Open a family's file; <paramref name="ExternalReference"/> is its reference in the town's previous system.</summary>
public sealed record RegisterFamily(Guid FamilyId, string Name, string? ExternalReference);

public sealed record RenameFamily(string Name);

/// <summary>The family left: it keeps its history but books nothing new.</summary>
public sealed record ArchiveFamily;

/// <summary>RGPD erasure of a family who left (ADR 0018).</summary>
public sealed record EraseFamily(string Reason);

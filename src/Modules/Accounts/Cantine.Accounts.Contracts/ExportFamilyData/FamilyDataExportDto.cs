namespace Cantine.Accounts.Contracts.ExportFamilyData;

/// <summary>The machine-readable export of a family (serialised as JSON for download).</summary>
public sealed record FamilyDataExportDto(
    DateTimeOffset ExportedAt,
    string Structure,
    FamilyDataDto Family,
    IReadOnlyList<GuardianDataDto> Guardians,
    IReadOnlyList<ChildDataDto> Children);

public sealed record FamilyDataDto(Guid Id, string Name, string? ExternalReference, bool IsArchived, bool IsErased);

public sealed record GuardianDataDto(
    Guid Id,
    string Civility,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string? PostalAddress,
    string Login,
    bool HasPassword,
    IReadOnlyList<DateTimeOffset> SignIns);

public sealed record ChildDataDto(
    Guid Id,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string School,
    string Class,
    string? ExternalReference,
    string Allergies,
    bool HasPai,
    string StaffNotes,
    IReadOnlyList<Guid> FamilyIds);

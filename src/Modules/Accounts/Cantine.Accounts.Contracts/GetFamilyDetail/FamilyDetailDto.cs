namespace Cantine.Accounts.Contracts.GetFamilyDetail;

public sealed record FamilyDetailDto(
    Guid FamilyId, string Name, bool IsArchived, string? ExternalReference, IReadOnlyList<GuardianDetailDto> Guardians, IReadOnlyList<ChildDetailDto> Children);

public sealed record GuardianDetailDto(
    Guid UserId,
    string Civility,
    string FirstName,
    string LastName,
    string Login,
    string Email,
    string Phone,
    string? Street,
    string? PostalCode,
    string? City,
    bool HasPassword,
    DateTimeOffset? LastSignInAt);

/// <summary>A child as staff see it; <see cref="OtherFamilies"/> are the child's other homes (separated parents).</summary>
public sealed record ChildDetailDto(
    Guid ChildId,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string School,
    string Class,
    string Allergies,
    bool HasPai,
    string StaffNotes,
    IReadOnlyList<OtherFamilyDto> OtherFamilies);

public sealed record OtherFamilyDto(Guid FamilyId, string Name);

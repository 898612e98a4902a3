namespace Cantine.Accounts.Contracts.GetFamilyHome;

public sealed record FamilyHomeDto(Guid FamilyId, string Name, IReadOnlyList<FamilyMemberDto> Guardians, IReadOnlyList<FamilyMemberDto> Children);

public sealed record FamilyMemberDto(Guid Id, string FirstName, string LastName, string Detail);

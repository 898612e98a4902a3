namespace Cantine.Accounts.Contracts.ListFamilies;

public sealed record FamilyListDto(IReadOnlyList<FamilyListItemDto> Items, int Total, int Page, int PageSize, string Sort)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record FamilyListItemDto(
    Guid FamilyId, string Name, bool IsArchived, IReadOnlyList<FamilyListGuardianDto> Guardians, IReadOnlyList<FamilyListChildDto> Children);

public sealed record FamilyListGuardianDto(Guid UserId, string FirstName, string LastName, string Login, string Email);

public sealed record FamilyListChildDto(Guid ChildId, string FirstName, string LastName);

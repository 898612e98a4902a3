namespace Cantine.Accounts.Contracts.ListGuardianAccounts;

public sealed record GuardianAccountsPageDto(IReadOnlyList<GuardianAccountDto> Guardians, int Page, int PageCount, long Total);

public sealed record GuardianAccountDto(Guid UserId, string DisplayName, string Login, string Email, bool HasPassword, DateTimeOffset? LastSignInAt);

namespace Cantine.Accounts.Contracts.RegisterGuardian;

public sealed record RegisteredAccountDto(Guid UserId, string Login);

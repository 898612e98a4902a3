namespace Cantine.Accounts.Contracts.CheckResetLink;

public sealed record ResetLinkDto(string Login, int PasswordMinLength, bool IsStaff);

namespace Cantine.Accounts.Contracts.SignIn;

/// <summary>
/// Who signed in. <see cref="Kind"/> is <c>Guardian</c> or <c>Staff</c>; staff still need their second
/// factor (<see cref="TwoFactorEnabled"/> false: enrolment first).
/// </summary>
public sealed record SignedInUserDto(
    Guid UserId,
    string Kind,
    string? Role,
    Guid? FamilyId,
    string Login,
    string DisplayName,
    string SecurityStamp,
    bool TwoFactorEnabled);

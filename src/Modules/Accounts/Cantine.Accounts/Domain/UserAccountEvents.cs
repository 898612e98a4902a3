namespace Cantine.Accounts.Domain;

public sealed record GuardianRegistered(
    Guid UserId, Guid FamilyId, string Login, string Civility, string FirstName, string LastName, string Email, string Phone);

public sealed record StaffMemberRegistered(
    Guid UserId, string Login, string FirstName, string LastName, string Email, StaffRole Role);

/// <summary>The password changed. The hash itself is kept in <see cref="UserCredentials"/>, never in events.</summary>
public sealed record PasswordChanged(Guid UserId, DateTimeOffset At, PasswordChangeReason Reason);

public sealed record SignedIn(Guid UserId, DateTimeOffset At);

public sealed record AccountLockedOut(Guid UserId, DateTimeOffset Until);

public sealed record TwoFactorEnabled(Guid UserId, DateTimeOffset At);

/// <summary>Staff (or an import) changed a guardian's identity or contact details; the address is the invoices' one.</summary>
public sealed record GuardianDetailsChanged(
    Guid UserId, string Civility, string FirstName, string LastName, string Email, string Phone, PostalAddress? Address);

public sealed record LoginChanged(Guid UserId, string Login);

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

/// <summary>An administrator disabled a staff account: it cannot sign in, and its sessions end.</summary>
public sealed record StaffMemberDisabled(Guid UserId, DateTimeOffset At);

public sealed record StaffMemberEnabled(Guid UserId, DateTimeOffset At);

/// <summary>An administrator reset a staff member's second factor: they enrol an authenticator app again at next sign-in.</summary>
public sealed record TwoFactorReset(Guid UserId, DateTimeOffset At);

/// <summary>
/// RGPD erasure of a guardian's account: the snapshot keeps no name, e-mail, phone, address or usable login,
/// and the account can never sign in again (ADR 0018). Earlier events are masked in place.
/// </summary>
public sealed record GuardianErased(Guid UserId, DateTimeOffset At);

namespace Cantine.Accounts.Domain;

// What staff, guardians and the sign-in pages ask of an account, in the domain's words. What only infrastructure
// can tell (the registry of logins, a password hash, a TOTP code) is worked out by the handler and passed in.

/// <summary>Register a guardian in a family; <paramref name="Login"/> is the free login found, or null when the wanted one is taken.</summary>
public sealed record RegisterGuardian(
    Guid UserId, Guid FamilyId, string? Login, string Civility, string FirstName, string LastName, string Email, string Phone);

/// <summary>Register a staff member; <paramref name="Login"/> is the free login found, or null when the wanted one is taken.</summary>
public sealed record RegisterStaffMember(Guid UserId, string? Login, string FirstName, string LastName, string Email, StaffRole Role);

/// <summary>Give a guardian another login; <paramref name="Holder"/> is the account that already holds it, if any.</summary>
public sealed record ChangeLogin(string Login, Guid? Holder);

/// <summary>An administrator (<paramref name="ActorId"/>) disables a staff account.</summary>
public sealed record DisableStaffMember(Guid? ActorId, bool NoOtherActiveAdministrator);

public sealed record EnableStaffMember;

/// <summary>An administrator deletes a staff member's second factor.</summary>
public sealed record ResetStaffTwoFactor;

/// <summary>
/// Sign in with a login and a password, on the parents' site (<see cref="AccountKind.Guardian"/>) or the back office
/// (<see cref="AccountKind.Staff"/>). <paramref name="UpgradedHash"/> is the password hashed again with today's
/// settings when the stored hash is outdated.
/// </summary>
public sealed record SignIn(AccountKind Kind, bool PasswordMatched, string? UpgradedHash = null);

/// <summary>A staff member's second factor; <paramref name="MatchedStep"/> is the code's time step, or null when wrong or already used.</summary>
public sealed record VerifyTwoFactor(long? MatchedStep);

/// <summary>The first code of a newly enrolled authenticator app; <paramref name="MatchedStep"/> as for <see cref="VerifyTwoFactor"/>.</summary>
public sealed record ConfirmTwoFactorEnrolment(long? MatchedStep);

/// <summary>A signed-in user changes their password, proving the old one (<paramref name="OldPasswordMatched"/>).</summary>
public sealed record ChangePassword(bool OldPasswordMatched, string NewPassword, string? Confirmation);

/// <summary>A password chosen through a reset or first-connection link (the link was checked when read).</summary>
public sealed record ResetPassword(string NewPassword, string? Confirmation);

/// <summary>An operator sets a password, and for staff optionally a second-factor secret already protected.</summary>
public sealed record SetPassword(string Password, string? ProtectedTotpSecret);

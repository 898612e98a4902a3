using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>An administrator's decisions on staff accounts (SPEC §2).</summary>
public static class StaffDecisions
{
    /// <summary>
    /// Nobody disables their own account, and the last enabled administrator stays (someone must run the back
    /// office). Disabling a disabled account again changes nothing.
    /// </summary>
    public static Decision Decide(DisableStaffMember command, UserAccount? account, DateTimeOffset now) =>
        account is not { Kind: AccountKind.Staff } ? Decision.Refuse("AccountNotFound")
        : account.Id == command.ActorId ? Decision.Refuse("Staff.CannotDisableSelf")
        : account.IsDisabled ? Decision.Nothing
        : account.Role == StaffRole.Administrateur && command.NoOtherActiveAdministrator ? Decision.Refuse("Staff.LastAdministrator")
        : Decision.Append(new StaffMemberDisabled(account.Id, now));

    /// <summary>Enabling an enabled account changes nothing.</summary>
    public static Decision Decide(EnableStaffMember command, UserAccount? account, DateTimeOffset now) =>
        account is not { Kind: AccountKind.Staff } ? Decision.Refuse("AccountNotFound")
        : account.IsDisabled ? Decision.Append(new StaffMemberEnabled(account.Id, now))
        : Decision.Nothing;

    /// <summary>
    /// Always recorded, even without a second factor enrolled: the secret (pending or not) is deleted with it, so
    /// whoever holds the old phone can no longer produce a valid code.
    /// </summary>
    public static Decision Decide(ResetStaffTwoFactor command, UserAccount? account, DateTimeOffset now) =>
        account is not { Kind: AccountKind.Staff } ? Decision.Refuse("AccountNotFound")
        : Decision.Append(new TwoFactorReset(account.Id, now));
}

using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>Registering accounts and naming them: pure functions of the command, the state and the time.</summary>
public static class UserAccountDecisions
{
    /// <summary>A guardian belongs to an existing family and gets a login nobody else has.</summary>
    public static Decision Decide(RegisterGuardian command, Family? family, DateTimeOffset now) =>
        family is null ? Decision.Refuse("FamilyNotFound", nameof(command.FamilyId))
        : command.Login is null ? Decision.Refuse("LoginTaken", nameof(command.Login))
        : Decision.Append(new GuardianRegistered(
            command.UserId, command.FamilyId, command.Login, command.Civility.Trim(), command.FirstName.Trim(),
            command.LastName.Trim(), command.Email.Trim(), command.Phone.Trim()));

    public static Decision Decide(RegisterStaffMember command, DateTimeOffset now) =>
        command.Login is null ? Decision.Refuse("LoginTaken", nameof(command.Login))
        : Decision.Append(new StaffMemberRegistered(
            command.UserId, command.Login, command.FirstName.Trim(), command.LastName.Trim(), command.Email.Trim(), command.Role));

    /// <summary>
    /// Only a guardian's login is changed here; the same login again changes nothing. The unique index on the
    /// login key stays the last guard (ADR 0019); the holder found beforehand gives the clear refusal.
    /// </summary>
    public static Decision Decide(ChangeLogin command, UserAccount? account, DateTimeOffset now)
    {
        if (account is not { Kind: AccountKind.Guardian })
        {
            return Decision.Refuse("AccountNotFound", "UserId");
        }

        var login = command.Login.Trim();
        return login == account.Login ? Decision.Nothing
            : command.Holder is { } holder && holder != account.Id ? Decision.Refuse("LoginTaken", nameof(command.Login))
            : Decision.Append(new LoginChanged(account.Id, login));
    }
}

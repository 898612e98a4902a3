using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>A guardian's details as part of the family's file: pure functions of the command, the account and the time.</summary>
public static class GuardianDecisions
{
    /// <summary>Only a guardian's account has these details; the same details again change nothing.</summary>
    public static Decision Decide(ChangeGuardianDetails command, UserAccount? account, DateTimeOffset now)
    {
        if (account is not { Kind: AccountKind.Guardian })
        {
            return Decision.Refuse("AccountNotFound", "UserId");
        }

        var address = command.Address is { } a ? new PostalAddress(a.Street.Trim(), a.PostalCode.Trim(), a.City.Trim()) : null;
        var changed = new GuardianDetailsChanged(
            account.Id, command.Civility.Trim(), command.FirstName.Trim(), command.LastName.Trim(), command.Email.Trim(), command.Phone.Trim(), address);
        var current = new GuardianDetailsChanged(
            account.Id, account.Civility, account.FirstName, account.LastName, account.Email, account.Phone, account.Address);
        return changed == current ? Decision.Nothing : Decision.Append(changed);
    }

    public static Decision Decide(EraseGuardian command, UserAccount account, DateTimeOffset now) =>
        Decision.Append(new GuardianErased(account.Id, now));
}

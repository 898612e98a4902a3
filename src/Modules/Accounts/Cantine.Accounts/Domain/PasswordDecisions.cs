using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>
/// Choosing a password (ADR 0005). The hash is computed by the handler once a decision accepts, and kept in
/// <see cref="UserCredentials"/>, never in events.
/// </summary>
public static class PasswordDecisions
{
    /// <summary>
    /// The refusal of a password <see cref="PasswordPolicy"/> finds fault with; its arguments are every
    /// <see cref="PasswordProblem"/> found, so that the form shows them all at once.
    /// </summary>
    public const string PasswordRefused = "Password.Refused";

    /// <summary>
    /// A wrong old password counts towards the lockout, like a failed sign-in; while locked even the right one is
    /// refused. Accepted, the credentials are those read: the handler stores them with the new hash.
    /// </summary>
    public static CredentialsDecision Decide(
        ChangePassword command, UserAccount? account, Structure? structure, UserCredentials? credentials, DateTimeOffset now)
    {
        if (account is null || structure is null || credentials is null)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("AccountNotFound"));
        }

        if (credentials.IsLockedOut(now) || !command.OldPasswordMatched)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("OldPasswordWrong", "OldPassword"), SignInDecisions.Failure(credentials, now));
        }

        var policy = Policy(command.NewPassword, command.Confirmation, account, structure);
        return policy.IsRefused
            ? CredentialsDecision.Refuse(policy)
            : CredentialsDecision.Accept(Decision.Append(new PasswordChanged(account.Id, now, PasswordChangeReason.ChangedByUser)), credentials);
    }

    /// <summary>A password chosen from a link (the link itself was checked when read, and is used up by the handler).</summary>
    public static Decision Decide(ResetPassword command, UserAccount account, Structure structure, DateTimeOffset now)
    {
        var policy = Policy(command.NewPassword, command.Confirmation, account, structure);
        return policy.IsRefused ? policy : Decision.Append(new PasswordChanged(account.Id, now, PasswordChangeReason.ChosenFromLink));
    }

    /// <summary>
    /// An operator's password (no confirmation to type). A second-factor secret given with it enables the second
    /// factor of a staff account at once; a guardian's account ignores it.
    /// </summary>
    public static CredentialsDecision Decide(
        SetPassword command, UserAccount? account, Structure? structure, UserCredentials? credentials, DateTimeOffset now)
    {
        if (account is null || structure is null || credentials is null)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("AccountNotFound"));
        }

        var policy = Policy(command.Password, null, account, structure);
        if (policy.IsRefused)
        {
            return CredentialsDecision.Refuse(policy);
        }

        var changed = new PasswordChanged(account.Id, now, PasswordChangeReason.SetByOperator);
        return command.ProtectedTotpSecret is { } secret && account.Kind == AccountKind.Staff
            ? CredentialsDecision.Accept(
                Decision.Append(changed, new TwoFactorEnabled(account.Id, now)),
                credentials with { ProtectedTotpSecret = secret, PendingProtectedTotpSecret = null })
            : CredentialsDecision.Accept(Decision.Append(changed), credentials);
    }

    private static Decision Policy(string? password, string? confirmation, UserAccount account, Structure structure)
    {
        var problems = PasswordPolicy.Check(password, confirmation, structure.PasswordMinLength, account.Login, structure.Name, structure.Slug);
        return problems.Count > 0 ? Decision.Refuse(PasswordRefused, null, [.. problems.Cast<object>()]) : Decision.Nothing;
    }
}

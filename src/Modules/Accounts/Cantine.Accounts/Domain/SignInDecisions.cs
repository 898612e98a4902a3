using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>
/// Proving who one is: the password, then for staff the second factor (ADR 0005, 0006). Every failure counts
/// towards the lockout; while locked, even the right password or code is refused.
/// </summary>
public static class SignInDecisions
{
    /// <summary>
    /// An unknown login, an account of the other site and a disabled account are refused alike and store nothing.
    /// A guardian is signed in by the password; staff only by the second factor that follows, which is what resets
    /// their failure count: resetting it here would let someone who knows the password try codes without end,
    /// nine at a time (ADR 0006).
    /// </summary>
    public static CredentialsDecision Decide(SignIn command, UserAccount? account, UserCredentials? credentials, DateTimeOffset now)
    {
        if (account is null || credentials is null || account.Kind != command.Kind || account.IsDisabled)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("SignInFailed"));
        }

        if (credentials.IsLockedOut(now) || !command.PasswordMatched)
        {
            var failed = Failure(credentials, now);
            return failed.LockedUntil != credentials.LockedUntil && failed.LockedUntil is { } until
                ? CredentialsDecision.Refuse(Decision.Refuse("SignInFailed"), failed, new AccountLockedOut(account.Id, until))
                : CredentialsDecision.Refuse(Decision.Refuse("SignInFailed"), failed);
        }

        var accepted = account.Kind == AccountKind.Guardian ? credentials.WithSuccessfulSignIn() : credentials;
        if (command.UpgradedHash is { } hash)
        {
            accepted = accepted with { PasswordHash = hash };
        }

        return CredentialsDecision.Accept(
            account.Kind == AccountKind.Guardian ? Decision.Append(new SignedIn(account.Id, now)) : Decision.Nothing, accepted);
    }

    /// <summary>Only an enabled staff account with a second factor enrolled can use one; such a refusal stores nothing.</summary>
    public static CredentialsDecision Decide(VerifyTwoFactor command, UserAccount? account, UserCredentials? credentials, DateTimeOffset now)
    {
        if (account is not { Kind: AccountKind.Staff, TwoFactorEnabled: true, IsDisabled: false } || credentials is null)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("TwoFactorFailed", "Code"));
        }

        return credentials.IsLockedOut(now) || command.MatchedStep is not { } step
            ? CredentialsDecision.Refuse(Decision.Refuse("TwoFactorFailed", "Code"), Failure(credentials, now))
            : CredentialsDecision.Accept(
                Decision.Append(new SignedIn(account.Id, now)), credentials.WithSuccessfulSignIn() with { LastTotpStep = step });
    }

    /// <summary>The first right code of the pending secret enables the second factor and signs the staff member in.</summary>
    public static CredentialsDecision Decide(
        ConfirmTwoFactorEnrolment command, UserAccount? account, UserCredentials? credentials, DateTimeOffset now)
    {
        if (account is not { Kind: AccountKind.Staff, IsDisabled: false } || credentials is null)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("AccountNotFound"));
        }

        if (account.TwoFactorEnabled)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("TwoFactorAlreadyEnabled"));
        }

        if (credentials.PendingProtectedTotpSecret is not { } pending)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("TwoFactorNotStarted"));
        }

        if (command.MatchedStep is not { } step)
        {
            return CredentialsDecision.Refuse(Decision.Refuse("TwoFactorFailed", "Code"));
        }

        var enabled = credentials.WithSuccessfulSignIn() with
        {
            ProtectedTotpSecret = pending, PendingProtectedTotpSecret = null, LastTotpStep = step,
        };
        return CredentialsDecision.Accept(Decision.Append(new TwoFactorEnabled(account.Id, now), new SignedIn(account.Id, now)), enabled);
    }

    /// <summary>A failure while locked is not counted (the lock runs its course), but the document is stored as read.</summary>
    internal static UserCredentials Failure(UserCredentials credentials, DateTimeOffset now) =>
        credentials.IsLockedOut(now) ? credentials : credentials.WithFailedSignIn(now);
}

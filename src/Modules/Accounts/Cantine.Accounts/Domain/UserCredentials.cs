namespace Cantine.Accounts.Domain;

/// <summary>
/// The secrets of an account, kept as a plain document rather than as events so that a replaced
/// hash or second-factor secret is really gone (ADR 0005). Changes go through pure methods.
/// </summary>
public sealed record UserCredentials(
    Guid Id,
    string? PasswordHash,
    string SecurityStamp,
    int FailedAttempts,
    DateTimeOffset? LockedUntil,
    string? ProtectedTotpSecret,
    string? PendingProtectedTotpSecret,
    long LastTotpStep,
    IReadOnlyList<DateTimeOffset> RecentResetRequests,
    DateTimeOffset? LastFailedAt = null)
{
    public static UserCredentials New(Guid userId) =>
        new(userId, null, NewStamp(), 0, null, null, null, 0, []);

    public static string NewStamp() => Guid.NewGuid().ToString("N");

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public UserCredentials WithPassword(string hash) =>
        this with { PasswordHash = hash, SecurityStamp = NewStamp(), FailedAttempts = 0, LockedUntil = null, LastFailedAt = null };

    public UserCredentials WithSuccessfulSignIn() => this with { FailedAttempts = 0, LockedUntil = null, LastFailedAt = null };

    /// <summary>
    /// Counts a failure; the tenth in a row locks the account for a while (then the count starts again).
    /// A failure more than <see cref="LockoutPolicy.FailureWindow"/> after the previous one starts a new
    /// row, so that a few typos a month never add up to a lockout.
    /// </summary>
    public UserCredentials WithFailedSignIn(DateTimeOffset now)
    {
        var earlier = LastFailedAt is { } last && now - last <= LockoutPolicy.FailureWindow ? FailedAttempts : 0;
        return earlier + 1 >= LockoutPolicy.MaxFailures
            ? this with { FailedAttempts = 0, LockedUntil = now + LockoutPolicy.LockoutDuration, LastFailedAt = null }
            : this with { FailedAttempts = earlier + 1, LastFailedAt = now };
    }

    /// <summary>Records a reset e-mail if fewer than the allowed number were sent in the window.</summary>
    public bool TryRecordResetRequest(DateTimeOffset now, out UserCredentials updated)
    {
        var recent = RecentResetRequests.Where(at => at > now - LockoutPolicy.ResetWindow).ToList();
        if (recent.Count >= LockoutPolicy.MaxResetEmailsPerWindow)
        {
            updated = this with { RecentResetRequests = recent };
            return false;
        }

        updated = this with { RecentResetRequests = [.. recent, now] };
        return true;
    }
}

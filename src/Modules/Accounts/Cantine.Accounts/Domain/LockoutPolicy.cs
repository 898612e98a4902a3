namespace Cantine.Accounts.Domain;

/// <summary>
/// Brute-force limits per account (SPEC §2). A lockout expires by itself, and a reset link still
/// works while locked, so an attacker cannot keep a parent out for good (ADR 0005).
/// </summary>
public static class LockoutPolicy
{
    public const int MaxFailures = 10;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Failures further apart than this do not count as "in a row".</summary>
    public static readonly TimeSpan FailureWindow = TimeSpan.FromHours(1);

    public const int MaxResetEmailsPerWindow = 3;

    public static readonly TimeSpan ResetWindow = TimeSpan.FromHours(1);

    public static readonly TimeSpan ResetLinkLifetime = TimeSpan.FromHours(1);
}

namespace Cantine.Host.Pages.Shared;

/// <summary>What the session's end warning needs (RGAA 13.1, ADR 0032): where to extend it, where to sign in again, how long it has left, when to warn.</summary>
public sealed record SessionLimitModel(string Slug, string SignInUrl, TimeSpan Remaining, TimeSpan WarningBefore)
{
    public int RemainingSeconds => Math.Max(0, (int)Remaining.TotalSeconds);

    public int WarningSeconds => (int)WarningBefore.TotalSeconds;
}

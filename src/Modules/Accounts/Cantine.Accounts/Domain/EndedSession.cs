namespace Cantine.Accounts.Domain;

/// <summary>
/// A session ended by its user. Cookies carry no server state, so a signed-out cookie stays valid until it
/// expires unless its session id is remembered here; kept until the longest cookie lifetime has passed.
/// </summary>
public sealed record EndedSession(Guid Id, Guid UserId, DateTimeOffset EndedAt, DateTimeOffset KeepUntil)
{
    /// <summary>The longest a session cookie lives ("Se souvenir de moi": 30 days, sliding).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(31);
}

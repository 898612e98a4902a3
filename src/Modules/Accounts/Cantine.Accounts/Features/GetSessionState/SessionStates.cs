using Cantine.BuildingBlocks.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace Cantine.Accounts.Features.GetSessionState;

/// <summary>
/// The session check's answers (security stamp, or null for an ended session or a gone account), kept for a short while on
/// this instance so that most signed-in requests cost no database round trip (ADR 0030). Every write of an account's
/// credentials or of one of its ended sessions drops that account's entries once it commits
/// (<see cref="SessionStateInvalidation"/>), here at once and on the other instances as soon as PostgreSQL's notice reaches
/// them (<see cref="CacheInvalidations"/>, ADR 0039); an entry lives at most <see cref="TimeToLive"/> if a notice is lost.
/// </summary>
public sealed class SessionStates
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private const string Name = "session-state";

    private readonly CacheInvalidations _everywhere;

    public SessionStates(IMemoryCache memory, TimeProvider clock, CacheInvalidations everywhere)
    {
        Cache = new(memory, Name, TimeToLive, clock);
        _everywhere = everywhere;
        everywhere.Register(Name, scope => Cache.Invalidate(Parse(scope)), Cache.InvalidateAll);
    }

    internal ShortLivedCache<(string Tenant, Guid UserId), (string Tenant, Guid UserId, Guid? SessionId), string?> Cache { get; }

    /// <summary>The account's credentials or sessions changed (committed): its session states are forgotten here and on the other instances.</summary>
    internal void Changed(string tenant, Guid userId)
    {
        Cache.Invalidate((tenant, userId));
        _everywhere.Announce(Name, $"{userId:N}/{tenant}");
    }

    private static (string Tenant, Guid UserId) Parse(string scope) => (scope[33..], Guid.ParseExact(scope[..32], "N"));
}

using Cantine.BuildingBlocks.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace Cantine.Accounts.Features.GetSessionState;

/// <summary>
/// The session check's answers (security stamp, or null for an ended session or a gone account), kept for a short while on
/// this instance so that most signed-in requests cost no database round trip (ADR 0030). Every write of an account's
/// credentials or of one of its ended sessions drops that account's entries once it commits
/// (<see cref="SessionStateInvalidation"/>); on the other instances an entry lives at most <see cref="TimeToLive"/>.
/// </summary>
public sealed class SessionStates(IMemoryCache memory, TimeProvider clock)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    internal ShortLivedCache<(string Tenant, Guid UserId), (string Tenant, Guid UserId, Guid? SessionId), string?> Cache { get; } =
        new(memory, "session-state", TimeToLive, clock);
}

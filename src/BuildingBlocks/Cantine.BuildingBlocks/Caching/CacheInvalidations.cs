using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

namespace Cantine.BuildingBlocks.Caching;

/// <summary>
/// Carries the invalidations of the per-instance caches (ADR 0030) to every other instance on the same database (ADR 0039):
/// a cache registers how to forget a scope; once a change has committed, <see cref="Announce"/> queues a notice that
/// <see cref="CacheInvalidationRelay"/> sends with PostgreSQL's <c>NOTIFY</c>, and the other instances, listening, forget
/// that scope at once instead of at the end of its time to live. The time to live stays the bound when a notice is lost
/// (an instance's listening connection down): after reconnecting, an instance forgets everything it cached.
/// </summary>
public sealed class CacheInvalidations
{
    /// <summary>The PostgreSQL notification channel (one per database, so per deployment).</summary>
    public const string Channel = "cantine_cache_invalidations";

    private readonly ConcurrentDictionary<string, (Action<string> Scope, Action All)> _caches = new(StringComparer.Ordinal);
    private readonly Channel<string> _outgoing = System.Threading.Channels.Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>This instance, so that it ignores its own notices (it invalidated before announcing).</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N");

    internal ChannelReader<string> Outgoing => _outgoing.Reader;

    /// <summary>Declares a cache by name: how to forget one of its scopes (given as text), and all of it.</summary>
    public void Register(string cache, Action<string> forgetScope, Action forgetAll) => _caches[cache] = (forgetScope, forgetAll);

    /// <summary>Tells the other instances that <paramref name="scope"/> of <paramref name="cache"/> changed (after the commit).</summary>
    public void Announce(string cache, string scope) =>
        _outgoing.Writer.TryWrite(JsonSerializer.Serialize(new Notice(Instance, cache, scope)));

    /// <summary>A notice from the channel: another instance's change is forgotten here; this instance's own is ignored.</summary>
    public void Receive(string payload)
    {
        Notice? notice;
        try
        {
            notice = JsonSerializer.Deserialize<Notice>(payload);
        }
        catch (JsonException)
        {
            return;
        }

        if (notice is null || notice.I == Instance || !_caches.TryGetValue(notice.C, out var cache))
        {
            return;
        }

        cache.Scope(notice.S);
    }

    /// <summary>Forgets every registered cache here: notices may have been missed while not listening.</summary>
    public void ForgetEverything()
    {
        foreach (var (_, cache) in _caches)
        {
            cache.All();
        }
    }

    /// <param name="I">The announcing instance.</param>
    /// <param name="C">The cache's name.</param>
    /// <param name="S">The scope, as the cache writes it.</param>
    private sealed record Notice(string I, string C, string S);
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Cantine.BuildingBlocks.Caching;

/// <summary>
/// Database reads that rarely change, kept in the instance's <see cref="IMemoryCache"/> (ADR 0030): an entry lives at most
/// <see cref="TimeToLive"/> on the <see cref="TimeProvider"/>'s clock, which bounds how stale another instance can be, and
/// <see cref="Invalidate"/> (called once a change has committed) drops a scope's entries on this instance at once. A read
/// that started before an invalidation of its scope is never stored, so a request racing with a change cannot put the old
/// value back.
/// </summary>
public sealed class ShortLivedCache<TScope, TKey, TValue>(IMemoryCache memory, string name, TimeSpan timeToLive, TimeProvider clock)
    where TScope : notnull
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TScope, Mark> _invalidations = new();
    private long _generation;
    private long _everythingBefore;

    public TimeSpan TimeToLive => timeToLive;

    /// <summary>Taken just before reading the database; <see cref="Set"/> stores the value only if nothing changed since.</summary>
    public ReadStart StartRead() => new(Volatile.Read(ref _generation), clock.GetTimestamp());

    public bool TryGet(TScope scope, TKey key, out TValue value)
    {
        if (memory.TryGetValue((name, key), out Entry? entry) && entry is not null && IsFresh(entry.Read) && IsCurrent(scope, entry.Read))
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(TScope scope, TKey key, TValue value, ReadStart read)
    {
        // The entry's life counts from the read, not from now: a slow read cannot outlive an invalidation's record.
        if (IsFresh(read) && IsCurrent(scope, read))
        {
            // The memory cache's own expiry (on the machine's clock) only frees the memory; freshness is decided by IsFresh.
            memory.Set((name, key), new Entry(value, read), timeToLive);
        }
    }

    /// <summary>Forgets every entry of <paramref name="scope"/> read before now.</summary>
    public void Invalidate(TScope scope)
    {
        var now = clock.GetTimestamp();
        _invalidations[scope] = new Mark(Interlocked.Increment(ref _generation), now);

        // An invalidation older than the time to live guards nothing any more: every entry read before it has expired.
        foreach (var (other, mark) in _invalidations)
        {
            if (clock.GetElapsedTime(mark.At, now) > timeToLive)
            {
                _invalidations.TryRemove(KeyValuePair.Create(other, mark));
            }
        }
    }

    /// <summary>Forgets every entry of every scope read before now (notices from other instances may have been missed).</summary>
    public void InvalidateAll() => Volatile.Write(ref _everythingBefore, Interlocked.Increment(ref _generation));

    /// <summary>Read less than the time to live ago (a clock moved backwards counts as stale).</summary>
    private bool IsFresh(ReadStart read)
    {
        var age = clock.GetElapsedTime(read.At);
        return age >= TimeSpan.Zero && age < timeToLive;
    }

    private bool IsCurrent(TScope scope, ReadStart read) =>
        Volatile.Read(ref _everythingBefore) <= read.Generation
        && (!_invalidations.TryGetValue(scope, out var mark) || mark.Generation <= read.Generation);

    public readonly record struct ReadStart(long Generation, long At);

    private sealed record Entry(TValue Value, ReadStart Read);

    private sealed record Mark(long Generation, long At);
}

using System.Collections.Frozen;
using Cantine.BuildingBlocks.Caching;
using Cantine.Reservations.Domain;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Cantine.Reservations.Features.Shared;

/// <summary>
/// A town's booking calendar (with its closures) and its services (with their prices), which every booking page reads and
/// staff change a few times a year, kept per town on this instance (ADR 0030). A committed change drops the town's entry
/// here at once (<see cref="TownReferenceInvalidation"/>), and on the other instances as soon as PostgreSQL's notice reaches
/// them (<see cref="CacheInvalidations"/>, ADR 0039; <see cref="TimeToLive"/> bounds it if a notice is lost). Pages read them
/// from here; decisions never do: a command always decides on what is in the database.
/// </summary>
public sealed class TownReferences
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private const string Name = "reservations-town";

    private readonly CacheInvalidations _everywhere;

    public TownReferences(IMemoryCache memory, TimeProvider clock, CacheInvalidations everywhere)
    {
        Cache = new(memory, Name, TimeToLive, clock);
        _everywhere = everywhere;
        everywhere.Register(Name, Cache.Invalidate, Cache.InvalidateAll);
    }

    internal ShortLivedCache<string, string, Town> Cache { get; }

    /// <summary>The town's calendar, closures or services changed (committed): forgotten here and on the other instances.</summary>
    internal void Changed(string tenant)
    {
        Cache.Invalidate(tenant);
        _everywhere.Announce(Name, tenant);
    }

    /// <summary>The calendar (null before staff set it up) and the services of the session's town: one round trip when not cached.</summary>
    internal async Task<Town> OfAsync(IQuerySession session, CancellationToken ct)
    {
        var tenant = session.TenantId;
        if (Cache.TryGet(tenant, tenant, out var town))
        {
            return town;
        }

        var read = Cache.StartRead();
        var batch = session.CreateBatchQuery();
        var calendar = batch.Load<BookingCalendar>(BookingCalendar.IdFor(tenant));
        var services = batch.Query<Service>().ToList();
        await batch.Execute(ct);
        town = new Town(await calendar, (await services).ToFrozenDictionary(s => s.Id));
        Cache.Set(tenant, tenant, town, read);
        return town;
    }

    internal sealed record Town(BookingCalendar? Calendar, IReadOnlyDictionary<Guid, Service> Services);
}

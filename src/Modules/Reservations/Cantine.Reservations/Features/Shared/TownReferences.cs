using System.Collections.Frozen;
using Cantine.BuildingBlocks.Caching;
using Cantine.Reservations.Domain;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Cantine.Reservations.Features.Shared;

/// <summary>
/// A town's booking calendar (with its closures) and its services (with their prices), which every booking page reads and
/// staff change a few times a year, kept per town on this instance (ADR 0030). A committed change drops the town's entry
/// here at once (<see cref="TownReferenceInvalidation"/>); other instances see it within <see cref="TimeToLive"/>. Pages
/// read them from here; decisions never do: a command always decides on what is in the database.
/// </summary>
public sealed class TownReferences(IMemoryCache memory, TimeProvider clock)
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    internal ShortLivedCache<string, string, Town> Cache { get; } = new(memory, "reservations-town", TimeToLive, clock);

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

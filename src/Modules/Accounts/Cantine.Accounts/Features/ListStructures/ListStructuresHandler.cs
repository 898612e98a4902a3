using Cantine.Accounts.Contracts.ListStructures;
using Cantine.Accounts.Domain;
using Marten;
using Marten.Services;
using Mediator;

namespace Cantine.Accounts.Features.ListStructures;

/// <summary>
/// Platform-level: reads across tenants on purpose (structure names and cities only), in every database that holds towns
/// (one by default; several when the platform spreads them, ADR 0040).
/// </summary>
public sealed class ListStructuresHandler(IDocumentStore store) : IQueryHandler<ListStructuresQuery, IReadOnlyList<StructureSummaryDto>>
{
    public async ValueTask<IReadOnlyList<StructureSummaryDto>> Handle(ListStructuresQuery query, CancellationToken ct)
    {
        var structures = new List<Structure>();
        foreach (var database in await store.Storage.AllDatabases())
        {
            await using var session = store.QuerySession(SessionOptions.ForDatabase(database));
            structures.AddRange(await session.Query<Structure>().Where(s => s.AnyTenant()).ToListAsync(ct));
        }

        return structures.OrderBy(s => s.Slug, StringComparer.Ordinal).Select(s => new StructureSummaryDto(s.Slug, s.Name, s.Address.City)).ToList();
    }
}

using Cantine.Accounts.Contracts.ListStructures;
using Cantine.Accounts.Domain;
using Marten;
using Marten.Services;
using Mediator;

namespace Cantine.Accounts.Features.ListStructures;

/// <summary>Platform-level: reads across tenants on purpose (structure names and cities only).</summary>
public sealed class ListStructuresHandler(IDocumentStore store) : IQueryHandler<ListStructuresQuery, IReadOnlyList<StructureSummaryDto>>
{
    public async ValueTask<IReadOnlyList<StructureSummaryDto>> Handle(ListStructuresQuery query, CancellationToken ct)
    {
        await using var session = store.QuerySession(new SessionOptions { AllowAnyTenant = true });
        var structures = await session.Query<Structure>().Where(s => s.AnyTenant()).OrderBy(s => s.Slug).ToListAsync(ct);
        return structures.Select(s => new StructureSummaryDto(s.Slug, s.Name, s.Address.City)).ToList();
    }
}

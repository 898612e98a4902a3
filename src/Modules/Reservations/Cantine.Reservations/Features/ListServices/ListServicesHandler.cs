using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Reservations.Contracts.ListServices;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.ListServices;

public sealed class ListServicesHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<ListServicesQuery, IReadOnlyList<ServiceDto>>
{
    public async ValueTask<IReadOnlyList<ServiceDto>> Handle(ListServicesQuery query, CancellationToken ct)
    {
        var today = ParisTime.DateOf(clock.GetUtcNow());
        var services = await session.Query<Service>().ToListAsync(ct);
        return [.. services.OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(s => s.ToDto(today))];
    }
}

using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Reservations.Contracts.GetService;
using Cantine.Reservations.Contracts.ListServices;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.GetService;

public sealed class GetServiceHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<GetServiceQuery, ServiceDto?>
{
    public async ValueTask<ServiceDto?> Handle(GetServiceQuery query, CancellationToken ct) =>
        (await session.LoadAsync<Service>(query.ServiceId, ct))?.ToDto(ParisTime.DateOf(clock.GetUtcNow()));
}

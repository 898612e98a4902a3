using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.GetService;
using Cantine.Reservations.Contracts.ListServices;
using Mediator;

namespace Cantine.Reservations.Features.GetService;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class GetServiceHandler : IQueryHandler<GetServiceQuery, ServiceDto?>
{
    public ValueTask<ServiceDto?> Handle(GetServiceQuery message, CancellationToken ct) => throw new NotImplementedException();
}

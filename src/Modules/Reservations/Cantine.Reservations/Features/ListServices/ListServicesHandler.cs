using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ListServices;
using Mediator;

namespace Cantine.Reservations.Features.ListServices;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class ListServicesHandler : IQueryHandler<ListServicesQuery, IReadOnlyList<ServiceDto>>
{
    public ValueTask<IReadOnlyList<ServiceDto>> Handle(ListServicesQuery message, CancellationToken ct) => throw new NotImplementedException();
}

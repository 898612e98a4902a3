using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.CreateService;
using Mediator;

namespace Cantine.Reservations.Features.CreateService;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class CreateServiceHandler : ICommandHandler<CreateServiceCommand, Result<Guid>>
{
    public ValueTask<Result<Guid>> Handle(CreateServiceCommand message, CancellationToken ct) => throw new NotImplementedException();
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ChangeService;
using Mediator;

namespace Cantine.Reservations.Features.ChangeService;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class ChangeServiceHandler : ICommandHandler<ChangeServiceCommand, Result>
{
    public ValueTask<Result> Handle(ChangeServiceCommand message, CancellationToken ct) => throw new NotImplementedException();
}

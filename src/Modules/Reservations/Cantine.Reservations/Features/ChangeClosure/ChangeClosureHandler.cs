using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ChangeClosure;
using Mediator;

namespace Cantine.Reservations.Features.ChangeClosure;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class ChangeClosureHandler : ICommandHandler<ChangeClosureCommand, Result>
{
    public ValueTask<Result> Handle(ChangeClosureCommand message, CancellationToken ct) => throw new NotImplementedException();
}

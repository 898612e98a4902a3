using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.RemoveClosure;
using Mediator;

namespace Cantine.Reservations.Features.RemoveClosure;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class RemoveClosureHandler : ICommandHandler<RemoveClosureCommand, Result>
{
    public ValueTask<Result> Handle(RemoveClosureCommand message, CancellationToken ct) => throw new NotImplementedException();
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.AddClosure;
using Mediator;

namespace Cantine.Reservations.Features.AddClosure;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class AddClosureHandler : ICommandHandler<AddClosureCommand, Result<Guid>>
{
    public ValueTask<Result<Guid>> Handle(AddClosureCommand message, CancellationToken ct) => throw new NotImplementedException();
}

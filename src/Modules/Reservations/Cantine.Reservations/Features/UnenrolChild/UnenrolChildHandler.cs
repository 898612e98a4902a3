using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.UnenrolChild;
using Mediator;

namespace Cantine.Reservations.Features.UnenrolChild;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class UnenrolChildHandler : ICommandHandler<UnenrolChildCommand, Result>
{
    public ValueTask<Result> Handle(UnenrolChildCommand message, CancellationToken ct) => throw new NotImplementedException();
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.EnrolGroup;
using Mediator;

namespace Cantine.Reservations.Features.EnrolGroup;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class EnrolGroupHandler : ICommandHandler<EnrolGroupCommand, Result<int>>
{
    public ValueTask<Result<int>> Handle(EnrolGroupCommand message, CancellationToken ct) => throw new NotImplementedException();
}

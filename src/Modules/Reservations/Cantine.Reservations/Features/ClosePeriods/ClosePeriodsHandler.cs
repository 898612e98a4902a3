using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ClosePeriods;
using Mediator;

namespace Cantine.Reservations.Features.ClosePeriods;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class ClosePeriodsHandler : ICommandHandler<ClosePeriodsCommand, Result<int>>
{
    public ValueTask<Result<int>> Handle(ClosePeriodsCommand message, CancellationToken ct) => throw new NotImplementedException();
}

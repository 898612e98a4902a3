using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Mediator;

namespace Cantine.Reservations.Features.ChangeServicePrice;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class ChangeServicePriceHandler : ICommandHandler<ChangeServicePriceCommand, Result>
{
    public ValueTask<Result> Handle(ChangeServicePriceCommand message, CancellationToken ct) => throw new NotImplementedException();
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.CopyBookingPattern;
using Mediator;

namespace Cantine.Reservations.Features.CopyBookingPattern;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class CopyBookingPatternHandler : ICommandHandler<CopyBookingPatternCommand, Result<CopyPatternResultDto>>
{
    public ValueTask<Result<CopyPatternResultDto>> Handle(CopyBookingPatternCommand message, CancellationToken ct) => throw new NotImplementedException();
}

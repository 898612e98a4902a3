using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.EnrolChild;
using Mediator;

namespace Cantine.Reservations.Features.EnrolChild;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class EnrolChildHandler : ICommandHandler<EnrolChildCommand, Result>
{
    public ValueTask<Result> Handle(EnrolChildCommand message, CancellationToken ct) => throw new NotImplementedException();
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Mediator;

namespace Cantine.Reservations.Features.GetChildEnrolments;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class GetChildEnrolmentsHandler : IQueryHandler<GetChildEnrolmentsQuery, ChildEnrolmentsDto?>
{
    public ValueTask<ChildEnrolmentsDto?> Handle(GetChildEnrolmentsQuery message, CancellationToken ct) => throw new NotImplementedException();
}

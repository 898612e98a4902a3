using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ListSchoolClasses;
using Mediator;

namespace Cantine.Reservations.Features.ListSchoolClasses;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class ListSchoolClassesHandler : IQueryHandler<ListSchoolClassesQuery, IReadOnlyList<SchoolClassesDto>>
{
    public ValueTask<IReadOnlyList<SchoolClassesDto>> Handle(ListSchoolClassesQuery message, CancellationToken ct) => throw new NotImplementedException();
}

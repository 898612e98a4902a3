using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.GetChildEnrolments;

public sealed class GetChildEnrolmentsHandler(IQuerySession session) : IQueryHandler<GetChildEnrolmentsQuery, ChildEnrolmentsDto?>
{
    public async ValueTask<ChildEnrolmentsDto?> Handle(GetChildEnrolmentsQuery query, CancellationToken ct) =>
        await session.ChildAsync(query.ChildId, ct) is { Erased: false } child
            ? new ChildEnrolmentsDto(child.Id, child.FirstName, child.LastName, child.School, child.Class, child.ServiceIds)
            : null;
}

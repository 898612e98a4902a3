using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.UnenrolChild;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.UnenrolChild;

/// <summary>Ends an enrolment; the bookings already made stay (and stay counted).</summary>
public sealed class UnenrolChildHandler(IDocumentSession session) : ICommandHandler<UnenrolChildCommand, Result>
{
    public async ValueTask<Result> Handle(UnenrolChildCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<ReservationChild>(command.ChildId, ct) is not { } child)
        {
            return Refusals.Of("Child.NotFound", nameof(command.ChildId));
        }

        if (child.IsEnrolledIn(command.ServiceId))
        {
            session.Store(child with { ServiceIds = [.. child.ServiceIds.Where(s => s != command.ServiceId)] });
        }

        return Result.Success;
    }
}

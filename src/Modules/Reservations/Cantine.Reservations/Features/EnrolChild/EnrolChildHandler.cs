using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.EnrolChild;

/// <summary>Enrols a child in a service; enrolling twice changes nothing.</summary>
public sealed class EnrolChildHandler(IDocumentSession session) : ICommandHandler<EnrolChildCommand, Result>
{
    public async ValueTask<Result> Handle(EnrolChildCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<ReservationChild>(command.ChildId, ct) is not { Erased: false } child)
        {
            return Refusals.Of("Child.NotFound", nameof(command.ChildId));
        }

        if (await session.LoadAsync<Service>(command.ServiceId, ct) is null)
        {
            return Refusals.Of("Service.NotFound", nameof(command.ServiceId));
        }

        if (!child.IsEnrolledIn(command.ServiceId))
        {
            session.Store(child with { ServiceIds = [.. child.ServiceIds, command.ServiceId] });
        }

        return Result.Success;
    }
}

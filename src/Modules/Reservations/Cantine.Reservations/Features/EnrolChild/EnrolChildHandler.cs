using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.EnrolChild;

/// <summary>Enrols a child in a service (a <see cref="ChildEnrolled"/> event); enrolling twice changes nothing.</summary>
public sealed class EnrolChildHandler(IDocumentSession session) : ICommandHandler<EnrolChildCommand, Result>
{
    public async ValueTask<Result> Handle(EnrolChildCommand command, CancellationToken ct)
    {
        var serviceExists = await session.LoadAsync<Service>(command.ServiceId, ct) is not null;
        var decisions = await session.ChangeEnrolmentsAsync([new EnrolmentChange(command.ChildId, command.ServiceId, Enrol: true)], serviceExists, ct);
        return decisions[0] is { IsRefused: true } refused ? Refusals.Of(refused.RefusalKey!, refused.RefusalField) : Result.Success;
    }
}

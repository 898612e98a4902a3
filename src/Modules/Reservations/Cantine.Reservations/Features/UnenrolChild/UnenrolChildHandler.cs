using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.UnenrolChild;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.UnenrolChild;

/// <summary>Ends an enrolment (a <see cref="ChildUnenrolled"/> event); the bookings already made stay (and stay counted).</summary>
public sealed class UnenrolChildHandler(IDocumentSession session) : ICommandHandler<UnenrolChildCommand, Result>
{
    public async ValueTask<Result> Handle(UnenrolChildCommand command, CancellationToken ct)
    {
        var decisions = await session.ChangeEnrolmentsAsync([new EnrolmentChange(command.ChildId, command.ServiceId, Enrol: false)], serviceExists: true, ct);
        return decisions[0] is { IsRefused: true } refused ? Refusals.Of(refused.RefusalKey!, refused.RefusalField) : Result.Success;
    }
}

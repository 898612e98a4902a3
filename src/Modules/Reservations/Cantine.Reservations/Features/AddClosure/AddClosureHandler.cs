using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.AddClosure;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.AddClosure;

/// <summary>Load the calendar and the closed periods touching the days → <see cref="BookingCalendarDecisions"/> → append.</summary>
public sealed class AddClosureHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<AddClosureCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(AddClosureCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        var closed = await session.ClosedPeriodsTouchingAsync(command.From, command.To, ct);
        Names.TryClosureKind(command.Kind, out var kind);
        var add = new Domain.AddClosure(Guid.CreateVersion7(), command.Label, command.From, command.To, kind);
        var decision = BookingCalendarDecisions.Decide(add, stream.Aggregate, closed);
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        stream.AppendMany(decision.Events);
        return add.ClosureId;
    }
}

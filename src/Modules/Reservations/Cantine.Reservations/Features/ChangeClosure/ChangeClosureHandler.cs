using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ChangeClosure;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.ChangeClosure;

/// <summary>
/// Load the calendar and the closed periods touching the closure's current and new days →
/// <see cref="BookingCalendarDecisions"/> → append.
/// </summary>
public sealed class ChangeClosureHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<ChangeClosureCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeClosureCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        var current = stream.Aggregate?.Closures.FirstOrDefault(c => c.Id == command.ClosureId);
        IReadOnlyList<ClosedPeriod> closed =
        [
            .. current is null ? [] : await session.ClosedPeriodsTouchingAsync(current.From, current.To, ct),
            .. await session.ClosedPeriodsTouchingAsync(command.From, command.To, ct),
        ];
        Names.TryClosureKind(command.Kind, out var kind);
        var change = new Domain.ChangeClosure(command.ClosureId, command.Label, command.From, command.To, kind);
        var decision = BookingCalendarDecisions.Decide(change, stream.Aggregate, closed);
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}

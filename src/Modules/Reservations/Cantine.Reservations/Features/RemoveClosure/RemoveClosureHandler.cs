using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.RemoveClosure;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.RemoveClosure;

/// <summary>Load the calendar and the closed periods touching the closure's days → <see cref="BookingCalendarDecisions"/> → append.</summary>
public sealed class RemoveClosureHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<RemoveClosureCommand, Result>
{
    public async ValueTask<Result> Handle(RemoveClosureCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        IReadOnlyList<ClosedPeriod> closed = stream.Aggregate?.Closures.FirstOrDefault(c => c.Id == command.ClosureId) is { } current
            ? await session.ClosedPeriodsTouchingAsync(current.From, current.To, ct)
            : [];
        var decision = BookingCalendarDecisions.Decide(new Domain.RemoveClosure(command.ClosureId), stream.Aggregate, closed);
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}

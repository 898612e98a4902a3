using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.RemoveClosure;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.RemoveClosure;

public sealed class RemoveClosureHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<RemoveClosureCommand, Result>
{
    public async ValueTask<Result> Handle(RemoveClosureCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate?.Closures.FirstOrDefault(c => c.Id == command.ClosureId) is not { } existing)
        {
            return Refusals.Of("Closure.NotFound", nameof(command.ClosureId));
        }

        if (await session.ClosedPeriodTouchingAsync(existing.From, existing.To, ct) is { } closed)
        {
            return Refusals.Of("Closure.InClosedPeriod", nameof(command.ClosureId), FrenchDates.DayAndYear(closed.Start));
        }

        stream.AppendOne(new ClosureRemoved(stream.Aggregate.Id, existing.Id));
        return Result.Success;
    }
}

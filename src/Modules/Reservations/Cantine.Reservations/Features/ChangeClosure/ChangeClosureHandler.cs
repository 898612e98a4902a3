using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ChangeClosure;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.ChangeClosure;

public sealed class ChangeClosureHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<ChangeClosureCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeClosureCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate?.Closures.FirstOrDefault(c => c.Id == command.ClosureId) is not { } existing)
        {
            return Refusals.Of("Closure.NotFound", nameof(command.ClosureId));
        }

        if (await session.ClosedPeriodTouchingAsync(existing.From, existing.To, ct) is { } before)
        {
            return Refusals.Of("Closure.InClosedPeriod", nameof(command.From), FrenchDates.DayAndYear(before.Start));
        }

        if (await session.ClosedPeriodTouchingAsync(command.From, command.To, ct) is { } after)
        {
            return Refusals.Of("Closure.InClosedPeriod", nameof(command.From), FrenchDates.DayAndYear(after.Start));
        }

        Names.TryClosureKind(command.Kind, out var kind);
        stream.AppendOne(new ClosureChanged(stream.Aggregate.Id, new Closure(existing.Id, command.Label.Trim(), command.From, command.To, kind)));
        return Result.Success;
    }
}

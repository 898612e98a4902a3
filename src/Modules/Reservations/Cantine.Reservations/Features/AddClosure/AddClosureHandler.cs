using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.AddClosure;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.AddClosure;

public sealed class AddClosureHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<AddClosureCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(AddClosureCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate is not { } calendar)
        {
            return Refusals.Of("Calendar.Missing");
        }

        if (await session.ClosedPeriodTouchingAsync(command.From, command.To, ct) is { } closed)
        {
            return Refusals.Of("Closure.InClosedPeriod", nameof(command.From), FrenchDates.DayAndYear(closed.Start));
        }

        Names.TryClosureKind(command.Kind, out var kind);
        var closure = new Closure(Guid.CreateVersion7(), command.Label.Trim(), command.From, command.To, kind);
        stream.AppendOne(new ClosureAdded(calendar.Id, closure));
        return closure.Id;
    }
}

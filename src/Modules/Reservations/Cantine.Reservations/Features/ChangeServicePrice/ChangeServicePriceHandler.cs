using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.ChangeServicePrice;

/// <summary>A new price from a date after the last closed period: closed periods are never re-priced.</summary>
public sealed class ChangeServicePriceHandler(IDocumentSession session) : ICommandHandler<ChangeServicePriceCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeServicePriceCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Service>(command.ServiceId, ct);
        if (stream.Aggregate is null)
        {
            return Refusals.Of("Service.NotFound", nameof(command.ServiceId));
        }

        var lastClosed = await session.Query<ClosedPeriod>().OrderByDescending(p => p.End).FirstOrDefaultAsync(ct);
        if (lastClosed is not null && command.EffectiveFrom <= lastClosed.End)
        {
            return Refusals.Of("Service.PriceInClosedPeriod", nameof(command.EffectiveFrom), FrenchDates.DayAndYear(lastClosed.End));
        }

        stream.AppendOne(new ServicePriceChanged(command.ServiceId, new ServicePrice(command.EffectiveFrom, command.UnitPriceCents)));
        return Result.Success;
    }
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.ChangeServicePrice;

/// <summary>Load the service and the last closed day → <see cref="ServiceDecisions"/> → append: closed periods are never re-priced.</summary>
public sealed class ChangeServicePriceHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant) : ICommandHandler<ChangeServicePriceCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeServicePriceCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Service>(command.ServiceId, ct);
        var lastClosed = await session.Query<ClosedPeriod>().OrderByDescending(p => p.End).FirstOrDefaultAsync(ct);
        var price = new Domain.ChangeServicePrice(new ServicePrice(command.EffectiveFrom, command.UnitPriceCents));
        var decision = ServiceDecisions.Decide(price, stream.Aggregate, lastClosed?.End);
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        stream.AppendMany(decision.Events);
        await bus.PublishServiceAsync(tenant.TenantId, stream.Aggregate, stream.CurrentVersion ?? 0, decision.Events);
        return Result.Success;
    }
}

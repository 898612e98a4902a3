using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.CreateService;

/// <summary>Loads the names taken → <see cref="ServiceDecisions"/> → starts the service's stream.</summary>
public sealed class CreateServiceHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant) : ICommandHandler<CreateServiceCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateServiceCommand command, CancellationToken ct)
    {
        Names.TryBillingBasis(command.BillingBasis, out var basis);
        var create = new Domain.CreateService(
            Guid.CreateVersion7(), command.Name, command.Days, command.BookableByParents, basis, new ServicePrice(command.PriceEffectiveFrom, command.UnitPriceCents));
        var decision = ServiceDecisions.Decide(create, await session.ServiceNamesAsync(except: null, ct));
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        session.Events.StartStream<Service>(create.ServiceId, decision.Events.ToArray());
        await bus.PublishServiceAsync(tenant.TenantId, null, decision.Events.Count, decision.Events);
        return create.ServiceId;
    }
}

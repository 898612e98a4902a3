using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.CreateService;

public sealed class CreateServiceHandler(IDocumentSession session) : ICommandHandler<CreateServiceCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateServiceCommand command, CancellationToken ct)
    {
        var name = command.Name.Trim();
        if (await session.Query<Service>().AnyAsync(s => s.Name == name, ct))
        {
            return Refusals.Of("Service.NameTaken", nameof(command.Name));
        }

        Names.TryBillingBasis(command.BillingBasis, out var basis);
        var created = new ServiceCreated(
            Guid.CreateVersion7(), name, [.. command.Days.Distinct()], command.BookableByParents, basis,
            new ServicePrice(command.PriceEffectiveFrom, command.UnitPriceCents));
        session.Events.StartStream<Service>(created.ServiceId, created);
        return created.ServiceId;
    }
}

using Cantine.Accounts.Contracts.ChangeStructureDetails;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangeStructureDetails;

/// <summary>Load → <see cref="StructureDecisions"/> → append; the other modules hear of real changes only.</summary>
public sealed class ChangeStructureDetailsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ChangeStructureDetailsCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeStructureDetailsCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        var decision = StructureDecisions.Decide(
            new Domain.ChangeStructureDetails(command.Name, command.Street, command.PostalCode, command.City, command.Phone, command.ContactEmail),
            stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        foreach (var changed in decision.Events.OfType<StructureContactDetailsChanged>())
        {
            await bus.PublishAsync(new StructureDetailsChangedIntegrationEvent(tenant.TenantId, changed.Name, changed.ContactEmail, stream.CurrentVersion ?? 0, changed.Phone));
        }

        await BillingDetails.PublishTownAsync(bus, tenant.TenantId, stream.Aggregate, decision.Events, stream.CurrentVersion ?? 0);

        return Result.Success;
    }
}

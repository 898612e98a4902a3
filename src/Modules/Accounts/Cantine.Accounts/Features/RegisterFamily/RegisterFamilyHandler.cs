using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.RegisterFamily;

/// <summary><see cref="FamilyDecisions"/> → start the family's stream.</summary>
public sealed class RegisterFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock) : ICommandHandler<RegisterFamilyCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RegisterFamilyCommand command, CancellationToken ct)
    {
        var familyId = Guid.CreateVersion7();
        var decision = FamilyDecisions.Decide(new Domain.RegisterFamily(familyId, command.Name, command.ExternalReference), clock.GetUtcNow());
        session.Events.StartStream<Family>(familyId, [.. decision.Events]);
        await BillingDetails.PublishFamilyAsync(session, bus, tenant.TenantId, familyId, decision.Events, ct);
        return familyId;
    }
}

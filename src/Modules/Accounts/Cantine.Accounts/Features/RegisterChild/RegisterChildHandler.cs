using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.RegisterChild;

/// <summary>Load the family → <see cref="ChildDecisions"/> → start the child's stream, and tell the other modules.</summary>
public sealed class RegisterChildHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<RegisterChildCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RegisterChildCommand command, CancellationToken ct)
    {
        var family = await session.LoadAsync<Family>(command.FamilyId, ct);
        var decision = ChildDecisions.Decide(
            new Domain.RegisterChild(Guid.CreateVersion7(), command.FirstName, command.LastName, command.BirthDate, command.School, command.Class),
            family, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        var registered = (ChildRegistered)decision.Events[0];
        session.Events.StartStream<Child>(registered.ChildId, [.. decision.Events]);
        await bus.PublishAsync(new ChildRegisteredIntegrationEvent(
            tenant.TenantId, registered.ChildId, registered.FamilyId, registered.FirstName, registered.LastName, registered.School, registered.Class));
        return registered.ChildId;
    }
}

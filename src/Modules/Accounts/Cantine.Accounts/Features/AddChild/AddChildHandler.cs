using Cantine.Accounts.Contracts.AddChild;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.AddChild;

/// <summary>Load the family → <see cref="ChildDecisions"/> → start the child's stream, and tell the other modules.</summary>
public sealed class AddChildHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<AddChildCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(AddChildCommand command, CancellationToken ct)
    {
        var family = await session.LoadAsync<Family>(command.FamilyId, ct);
        var decision = ChildDecisions.Decide(
            new Domain.RegisterChild(
                Guid.CreateVersion7(), command.FirstName, command.LastName, command.BirthDate, command.School, command.Class,
                command.Allergies, command.HasPai, command.StaffNotes),
            family, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        var registered = (ChildRegistered)decision.Events[0];
        session.Events.StartStream<Child>(registered.ChildId, [.. decision.Events]);
        await bus.PublishAsync(new ChildRegisteredIntegrationEvent(
            tenant.TenantId, registered.ChildId, registered.FamilyId, registered.FirstName, registered.LastName, registered.School, registered.Class));
        foreach (var notes in decision.Events.OfType<ChildCareNotesChanged>())
        {
            await bus.PublishAsync(new ChildCareNotesChangedIntegrationEvent(tenant.TenantId, notes.ChildId, notes.Allergies, notes.HasPai));
        }

        return registered.ChildId;
    }
}

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

public sealed class AddChildHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant) : ICommandHandler<AddChildCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(AddChildCommand command, CancellationToken ct)
    {
        var family = await session.LoadAsync<Family>(command.FamilyId, ct);
        if (family is null)
        {
            return Mapping.Refusal("FamilyNotFound", nameof(command.FamilyId));
        }

        if (family.IsArchived)
        {
            return Mapping.Refusal("FamilyArchived", nameof(command.FamilyId));
        }

        var registered = new ChildRegistered(
            Guid.CreateVersion7(), family.Id, command.FirstName.Trim(), command.LastName.Trim(), command.BirthDate,
            command.School.Trim(), command.Class.Trim());
        var notes = new ChildCareNotesChanged(registered.ChildId, command.Allergies?.Trim() ?? string.Empty, command.HasPai, command.StaffNotes?.Trim() ?? string.Empty);
        object[] events = notes is { Allergies: "", HasPai: false, StaffNotes: "" } ? [registered] : [registered, notes];
        session.Events.StartStream<Child>(registered.ChildId, events);
        await bus.PublishAsync(new ChildRegisteredIntegrationEvent(
            tenant.TenantId, registered.ChildId, family.Id, registered.FirstName, registered.LastName, registered.School, registered.Class));
        return registered.ChildId;
    }
}

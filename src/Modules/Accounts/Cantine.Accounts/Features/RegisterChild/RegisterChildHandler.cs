using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.RegisterChild;

public sealed class RegisterChildHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant) : ICommandHandler<RegisterChildCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RegisterChildCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<Family>(command.FamilyId, ct) is null)
        {
            return Mapping.Refusal("FamilyNotFound", nameof(command.FamilyId));
        }

        var registered = new ChildRegistered(
            Guid.CreateVersion7(), command.FamilyId, command.FirstName.Trim(), command.LastName.Trim(), command.BirthDate,
            command.School.Trim(), command.Class.Trim());
        session.Events.StartStream<Child>(registered.ChildId, registered);
        await bus.PublishAsync(new ChildRegisteredIntegrationEvent(
            tenant.TenantId, registered.ChildId, registered.FamilyId, registered.FirstName, registered.LastName, registered.School, registered.Class));
        return registered.ChildId;
    }
}

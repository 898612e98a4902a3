using Cantine.Accounts.Contracts.ChangeChildDetails;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangeChildDetails;

public sealed class ChangeChildDetailsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant) : ICommandHandler<ChangeChildDetailsCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeChildDetailsCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Child>(command.ChildId, ct);
        if (stream.Aggregate is not { } child)
        {
            return Mapping.Refusal("ChildNotFound", nameof(command.ChildId));
        }

        var changed = new ChildDetailsChanged(
            child.Id, command.FirstName.Trim(), command.LastName.Trim(), command.BirthDate, command.School.Trim(), command.Class.Trim());
        if (changed == new ChildDetailsChanged(child.Id, child.FirstName, child.LastName, child.BirthDate, child.School, child.Class))
        {
            return Result.Success;
        }

        stream.AppendOne(changed);
        await bus.PublishAsync(new ChildDetailsChangedIntegrationEvent(
            tenant.TenantId, child.Id, changed.FirstName, changed.LastName, changed.School, changed.Class));
        return Result.Success;
    }
}

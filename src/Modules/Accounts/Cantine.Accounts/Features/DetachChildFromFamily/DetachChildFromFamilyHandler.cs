using Cantine.Accounts.Contracts.DetachChildFromFamily;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.DetachChildFromFamily;

public sealed class DetachChildFromFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant) : ICommandHandler<DetachChildFromFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(DetachChildFromFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Child>(command.ChildId, ct);
        if (stream.Aggregate is not { } child)
        {
            return Mapping.Refusal("ChildNotFound", nameof(command.ChildId));
        }

        var refusal = ChildDecisions.Detach(child, command.FamilyId);
        if (refusal is not null)
        {
            return Mapping.Refusal(refusal, nameof(command.FamilyId));
        }

        stream.AppendOne(new ChildDetachedFromFamily(child.Id, command.FamilyId));
        await bus.PublishAsync(new ChildDetachedFromFamilyIntegrationEvent(tenant.TenantId, child.Id, command.FamilyId));
        return Result.Success;
    }
}

using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.AttachChildToFamily;

public sealed class AttachChildToFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant) : ICommandHandler<AttachChildToFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(AttachChildToFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Child>(command.ChildId, ct);
        if (stream.Aggregate is not { } child)
        {
            return Mapping.Refusal("ChildNotFound", nameof(command.ChildId));
        }

        if (await session.LoadAsync<Family>(command.FamilyId, ct) is null)
        {
            return Mapping.Refusal("FamilyNotFound", nameof(command.FamilyId));
        }

        var refusal = ChildDecisions.Attach(child, command.FamilyId);
        if (refusal is not null)
        {
            return Mapping.Refusal(refusal, nameof(command.FamilyId));
        }

        stream.AppendOne(new ChildAttachedToFamily(child.Id, command.FamilyId));
        await bus.PublishAsync(new ChildAttachedToFamilyIntegrationEvent(tenant.TenantId, child.Id, command.FamilyId));
        return Result.Success;
    }
}

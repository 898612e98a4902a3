using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.AttachChildToFamily;

/// <summary>Load the child and the family → <see cref="ChildDecisions"/> → append, and tell the other modules.</summary>
public sealed class AttachChildToFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<AttachChildToFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(AttachChildToFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Child>(command.ChildId, ct);
        var family = await session.LoadAsync<Family>(command.FamilyId, ct);
        var decision = ChildDecisions.Decide(new AttachChild(command.FamilyId), stream.Aggregate, family, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        await bus.PublishAsync(new ChildAttachedToFamilyIntegrationEvent(tenant.TenantId, command.ChildId, command.FamilyId));
        return Result.Success;
    }
}

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

/// <summary>Load → <see cref="ChildDecisions"/> → append, and tell the other modules.</summary>
public sealed class DetachChildFromFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<DetachChildFromFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(DetachChildFromFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Child>(command.ChildId, ct);
        var decision = ChildDecisions.Decide(new DetachChild(command.FamilyId), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        await bus.PublishAsync(new ChildDetachedFromFamilyIntegrationEvent(tenant.TenantId, command.ChildId, command.FamilyId));
        return Result.Success;
    }
}

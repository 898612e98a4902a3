using Cantine.Accounts.Contracts.ArchiveFamily;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ArchiveFamily;

/// <summary>Load → <see cref="FamilyDecisions"/> → append; the other modules hear of it only when the family really is archived.</summary>
public sealed class ArchiveFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ArchiveFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(ArchiveFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Family>(command.FamilyId, ct);
        var decision = FamilyDecisions.Decide(new Domain.ArchiveFamily(), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        if (decision.Events.Count > 0)
        {
            await bus.PublishAsync(new FamilyArchivedIntegrationEvent(tenant.TenantId, command.FamilyId));
        }

        return Result.Success;
    }
}

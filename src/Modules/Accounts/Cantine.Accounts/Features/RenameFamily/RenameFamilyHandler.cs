using Cantine.Accounts.Contracts.RenameFamily;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.RenameFamily;

/// <summary>Load → <see cref="FamilyDecisions"/> → append.</summary>
public sealed class RenameFamilyHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock) : ICommandHandler<RenameFamilyCommand, Result>
{
    public async ValueTask<Result> Handle(RenameFamilyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Family>(command.FamilyId, ct);
        var decision = FamilyDecisions.Decide(new Domain.RenameFamily(command.Name), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        if (decision.Events.Count > 0)
        {
            await BillingDetails.PublishFamilyAsync(session, bus, tenant.TenantId, command.FamilyId, decision.Events, ct);
        }
        return Result.Success;
    }
}

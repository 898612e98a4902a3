using Cantine.Accounts.Contracts.RemoveStructureLogo;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.RemoveStructureLogo;

/// <summary>Load → <see cref="StructureDecisions"/> → append; the logo's file goes with its removal.</summary>
public sealed class RemoveStructureLogoHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock) : ICommandHandler<RemoveStructureLogoCommand, Result>
{
    public async ValueTask<Result> Handle(RemoveStructureLogoCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        var decision = StructureDecisions.Decide(new Domain.RemoveStructureLogo(), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        if (decision.Events.Count > 0)
        {
            stream.AppendMany(decision.Events);
        await BillingDetails.PublishTownAsync(bus, tenant.TenantId, stream.Aggregate, decision.Events, stream.CurrentVersion ?? 0);
            StructureLogos.QueueDelete(session, stream.Aggregate!.LogoFileId);
        }

        return Result.Success;
    }
}

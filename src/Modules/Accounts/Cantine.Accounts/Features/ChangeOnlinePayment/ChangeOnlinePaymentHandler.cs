using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangeOnlinePayment;

/// <summary>Load → <see cref="StructureDecisions"/> → append.</summary>
public sealed class ChangeOnlinePaymentHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock) : ICommandHandler<ChangeOnlinePaymentCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeOnlinePaymentCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        var decision = StructureDecisions.Decide(
            new Domain.ChangeOnlinePayment(command.Enabled, command.PayfipClientNumber, command.PayfipEnvironment), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        await BillingDetails.PublishTownAsync(bus, tenant.TenantId, stream.Aggregate, decision.Events, stream.CurrentVersion ?? 0);
        return Result.Success;
    }
}

using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangeOnlinePayment;

/// <summary>Load → <see cref="StructureDecisions"/> → append.</summary>
public sealed class ChangeOnlinePaymentHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock) : ICommandHandler<ChangeOnlinePaymentCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeOnlinePaymentCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        var decision = StructureDecisions.Decide(
            new Domain.ChangeOnlinePayment(command.Enabled, command.PayfipClientNumber), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}

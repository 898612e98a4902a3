using Cantine.Accounts.Contracts.ChangePasswordPolicy;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangePasswordPolicy;

/// <summary>Load → <see cref="StructureDecisions"/> → append.</summary>
public sealed class ChangePasswordPolicyHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock) : ICommandHandler<ChangePasswordPolicyCommand, Result>
{
    public async ValueTask<Result> Handle(ChangePasswordPolicyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        var decision = StructureDecisions.Decide(new Domain.ChangePasswordPolicy(command.MinLength), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Result.Failure(Mapping.Refusal(decision));
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}

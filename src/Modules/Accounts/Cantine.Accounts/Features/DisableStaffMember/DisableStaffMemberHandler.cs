using Cantine.Accounts.Contracts.DisableStaffMember;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.DisableStaffMember;

/// <summary>A disabled account's sessions end with it (a new security stamp, ADR 0006).</summary>
public sealed class DisableStaffMemberHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<DisableStaffMemberCommand, Result>
{
    public async ValueTask<Result> Handle(DisableStaffMemberCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        var lastAdministrator = await session.IsLastActiveAdministratorAsync(command.UserId, ct);
        var decision = StaffDecisions.Decide(
            new Domain.DisableStaffMember(actor.UserId, lastAdministrator), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        if (decision.Events.Count > 0)
        {
            stream.AppendMany(decision.Events);
            await session.EndSessionsAsync(command.UserId, null, ct);
            await bus.PublishStaffChangeAsync(tenant.TenantId, stream, decision.Events.Count, active: false);
        }

        return Result.Success;
    }
}

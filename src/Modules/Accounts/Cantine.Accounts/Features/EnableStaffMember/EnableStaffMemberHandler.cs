using Cantine.Accounts.Contracts.EnableStaffMember;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.EnableStaffMember;

public sealed class EnableStaffMemberHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock) : ICommandHandler<EnableStaffMemberCommand, Result>
{
    public async ValueTask<Result> Handle(EnableStaffMemberCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        var decision = StaffDecisions.Decide(new Domain.EnableStaffMember(), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        await bus.PublishStaffChangeAsync(tenant.TenantId, stream, decision.Events.Count, active: true);
        return Result.Success;
    }
}

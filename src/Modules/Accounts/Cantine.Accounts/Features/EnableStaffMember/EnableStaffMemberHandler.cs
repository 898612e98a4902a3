using Cantine.Accounts.Contracts.EnableStaffMember;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.EnableStaffMember;

public sealed class EnableStaffMemberHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<EnableStaffMemberCommand, Result>
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
        return Result.Success;
    }
}

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
        if (stream.Aggregate is not { Kind: AccountKind.Staff } account)
        {
            return Mapping.Refusal("AccountNotFound");
        }

        if (account.IsDisabled)
        {
            stream.AppendOne(new StaffMemberEnabled(account.Id, clock.GetUtcNow()));
        }

        return Result.Success;
    }
}

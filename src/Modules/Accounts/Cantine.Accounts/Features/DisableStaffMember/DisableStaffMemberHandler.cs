using Cantine.Accounts.Contracts.DisableStaffMember;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.DisableStaffMember;

public sealed class DisableStaffMemberHandler(IDocumentSession session, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<DisableStaffMemberCommand, Result>
{
    public async ValueTask<Result> Handle(DisableStaffMemberCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        if (stream.Aggregate is not { Kind: AccountKind.Staff } account)
        {
            return Mapping.Refusal("AccountNotFound");
        }

        if (account.Id == actor.UserId)
        {
            return Mapping.Refusal("Staff.CannotDisableSelf");
        }

        if (account.IsDisabled)
        {
            return Result.Success;
        }

        if (account.Role == StaffRole.Administrateur && await session.IsLastActiveAdministratorAsync(account.Id, ct))
        {
            return Mapping.Refusal("Staff.LastAdministrator");
        }

        stream.AppendOne(new StaffMemberDisabled(account.Id, clock.GetUtcNow()));
        await session.EndSessionsAsync(account.Id, null, ct);
        return Result.Success;
    }
}

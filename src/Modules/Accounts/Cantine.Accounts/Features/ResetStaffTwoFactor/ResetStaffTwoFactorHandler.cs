using Cantine.Accounts.Contracts.ResetStaffTwoFactor;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ResetStaffTwoFactor;

public sealed class ResetStaffTwoFactorHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<ResetStaffTwoFactorCommand, Result>
{
    public async ValueTask<Result> Handle(ResetStaffTwoFactorCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        if (stream.Aggregate is not { Kind: AccountKind.Staff } account)
        {
            return Mapping.Refusal("AccountNotFound");
        }

        // The secret is deleted, not kept aside: whoever holds the old phone can no longer produce a valid code.
        stream.AppendOne(new TwoFactorReset(account.Id, clock.GetUtcNow()));
        await session.EndSessionsAsync(
            account.Id, c => c with { ProtectedTotpSecret = null, PendingProtectedTotpSecret = null, LastTotpStep = 0 }, ct);
        return Result.Success;
    }
}

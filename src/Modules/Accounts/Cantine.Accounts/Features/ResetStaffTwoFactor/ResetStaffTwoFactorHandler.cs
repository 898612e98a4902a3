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
        var decision = StaffDecisions.Decide(new Domain.ResetStaffTwoFactor(), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        // The secret is deleted, not kept aside: whoever holds the old phone can no longer produce a valid code.
        stream.AppendMany(decision.Events);
        await session.EndSessionsAsync(
            command.UserId, c => c with { ProtectedTotpSecret = null, PendingProtectedTotpSecret = null, LastTotpStep = 0 }, ct);
        return Result.Success;
    }
}

using Cantine.Accounts.Contracts.ChangeLogin;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangeLogin;

public sealed class ChangeLoginHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<ChangeLoginCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeLoginCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        var holder = await session.FindByLoginAsync(command.Login.Trim(), ct);
        var decision = UserAccountDecisions.Decide(new Domain.ChangeLogin(command.Login, holder?.Id), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}

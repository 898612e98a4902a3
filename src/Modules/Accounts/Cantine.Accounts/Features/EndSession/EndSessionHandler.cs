using Cantine.Accounts.Contracts.EndSession;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.EndSession;

public sealed class EndSessionHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<EndSessionCommand, Result>
{
    public ValueTask<Result> Handle(EndSessionCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        session.Store(new EndedSession(command.SessionId, command.UserId, now, now + EndedSession.Retention));
        return ValueTask.FromResult(Result.Success);
    }
}

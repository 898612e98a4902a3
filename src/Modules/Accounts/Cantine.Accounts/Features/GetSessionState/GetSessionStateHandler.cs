using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Domain;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.GetSessionState;

public sealed class GetSessionStateHandler(IQuerySession session) : IQueryHandler<GetSessionStateQuery, string?>
{
    public async ValueTask<string?> Handle(GetSessionStateQuery query, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var credentials = batch.Load<UserCredentials>(query.UserId);
        var ended = query.SessionId is { } sessionId ? batch.Load<EndedSession>(sessionId) : Task.FromResult<EndedSession?>(null);
        await batch.Execute(ct);
        return await ended is not null ? null : (await credentials)?.SecurityStamp;
    }
}

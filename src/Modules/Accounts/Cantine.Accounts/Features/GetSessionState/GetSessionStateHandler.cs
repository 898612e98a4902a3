using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Domain;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.GetSessionState;

/// <summary>The stamp and the ended session in one batched read, answered from <see cref="SessionStates"/> when it can (ADR 0030).</summary>
public sealed class GetSessionStateHandler(IQuerySession session, SessionStates states) : IQueryHandler<GetSessionStateQuery, string?>
{
    public async ValueTask<string?> Handle(GetSessionStateQuery query, CancellationToken ct)
    {
        var scope = (session.TenantId, query.UserId);
        var key = (session.TenantId, query.UserId, query.SessionId);
        if (states.Cache.TryGet(scope, key, out var cached))
        {
            return cached;
        }

        var read = states.Cache.StartRead();
        var batch = session.CreateBatchQuery();
        var credentials = batch.Load<UserCredentials>(query.UserId);
        var ended = query.SessionId is { } sessionId ? batch.Load<EndedSession>(sessionId) : Task.FromResult<EndedSession?>(null);
        await batch.Execute(ct);
        var stamp = await ended is not null ? null : (await credentials)?.SecurityStamp;
        states.Cache.Set(scope, key, stamp, read);
        return stamp;
    }
}

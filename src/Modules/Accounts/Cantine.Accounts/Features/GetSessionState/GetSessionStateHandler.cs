using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Domain;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.GetSessionState;

public sealed class GetSessionStateHandler(IQuerySession session) : IQueryHandler<GetSessionStateQuery, string?>
{
    public async ValueTask<string?> Handle(GetSessionStateQuery query, CancellationToken ct) =>
        (await session.LoadAsync<UserCredentials>(query.UserId, ct))?.SecurityStamp;
}

using Cantine.Messaging.Contracts.GetInboxThread;
using Cantine.Messaging.Contracts.Threads;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.GetInboxThread;

public sealed class GetInboxThreadHandler(IQuerySession session) : IQueryHandler<GetInboxThreadQuery, ThreadDto?>
{
    public async ValueTask<ThreadDto?> Handle(GetInboxThreadQuery query, CancellationToken ct) =>
        (await session.LoadAsync<ContactThread>(query.ThreadId, ct))?.ToDto();
}

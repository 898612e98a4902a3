using Cantine.Messaging.Contracts.ListInbox;
using Cantine.Messaging.Contracts.Threads;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.ListInbox;

public sealed class ListInboxHandler(IQuerySession session) : IQueryHandler<ListInboxQuery, IReadOnlyList<ThreadSummaryDto>>
{
    public async ValueTask<IReadOnlyList<ThreadSummaryDto>> Handle(ListInboxQuery query, CancellationToken ct)
    {
        var status = Enum.TryParse<ThreadStatus>(query.Box, ignoreCase: true, out var parsed) ? parsed : ThreadStatus.Unread;
        var threads = await session.Query<ContactThread>().Where(t => t.Status == status).OrderByDescending(t => t.LastActivityAt).Take(500).ToListAsync(ct);
        return threads.Select(t => t.ToSummary()).ToList();
    }
}

using Cantine.Messaging.Contracts.ListFamilyThreads;
using Cantine.Messaging.Contracts.Threads;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.ListFamilyThreads;

public sealed class ListFamilyThreadsHandler(IQuerySession session) : IQueryHandler<ListFamilyThreadsQuery, IReadOnlyList<ThreadSummaryDto>>
{
    public async ValueTask<IReadOnlyList<ThreadSummaryDto>> Handle(ListFamilyThreadsQuery query, CancellationToken ct) =>
        (await session.Query<ContactThread>().Where(t => t.FamilyId == query.FamilyId).OrderByDescending(t => t.LastActivityAt).Take(200).ToListAsync(ct))
        .Select(t => t.ToSummary()).ToList();
}

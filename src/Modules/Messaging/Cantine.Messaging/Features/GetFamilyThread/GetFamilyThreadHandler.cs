using Cantine.Messaging.Contracts.GetFamilyThread;
using Cantine.Messaging.Contracts.Threads;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.GetFamilyThread;

public sealed class GetFamilyThreadHandler(IQuerySession session) : IQueryHandler<GetFamilyThreadQuery, ThreadDto?>
{
    public async ValueTask<ThreadDto?> Handle(GetFamilyThreadQuery query, CancellationToken ct) =>
        await session.LoadAsync<ContactThread>(query.ThreadId, ct) is { } thread && thread.FamilyId == query.FamilyId ? thread.ToDto() : null;
}

using Cantine.BuildingBlocks.Contracts.FamilyHome;
using Cantine.BuildingBlocks.Pages;
using Cantine.Messaging.Contracts.FamilyHome;
using Cantine.Messaging.Domain;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.Messaging.Features.FamilyHome;

/// <summary>Messaging's part of the family home (ADR 0032): the threads (indexed on the family) with replies the family has not opened.</summary>
internal sealed class UnreadRepliesContribution : IFamilyHomeContribution
{
    public Task<Func<Task<IFamilyHomePart?>>> EnlistAsync(IQuerySession session, IBatchedQuery batch, Guid familyId, CancellationToken ct)
    {
        var read = batch.Query<ContactThread>().Where(t => t.FamilyId == familyId && t.RepliesUnreadByFamily > 0).ToList();
        return Task.FromResult<Func<Task<IFamilyHomePart?>>>(async () =>
        {
            var threads = (await read).OrderByDescending(t => t.LastActivityAt)
                .Select(t => new UnreadReplyDto(t.Id, t.Subject, t.LastActivityAt, t.RepliesUnreadByFamily))
                .ToList();
            return threads.Count == 0 ? null : new UnreadRepliesPart(threads);
        });
    }
}

using Cantine.BuildingBlocks.Domain;
using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.Features.Shared;

/// <summary>
/// Locks the children's enrolment streams until the command commits, then loads each stream, decides and appends
/// (ADR 0020). Under the lock a second writer of the same child waits for the first and decides on its result, so
/// two changes sent at the same instant are both kept; the streams' expected versions stay as the last guard.
/// </summary>
internal static class EnrolmentWriter
{
    public static async Task<IReadOnlyList<EnrolmentDecision>> ChangeEnrolmentsAsync(
        this IDocumentSession session, IReadOnlyList<EnrolmentChange> changes, bool serviceExists, CancellationToken ct)
    {
        var childIds = changes.Select(c => c.ChildId).Distinct().ToArray();
        await session.TakeAsync(childIds.Select(id => StableId.LockKey("child-enrolments", session.TenantId, id)), ct);
        var copies = (await session.LoadManyAsync<ChildCopy>(ct, childIds)).ToDictionary(c => c.Id);
        var decisions = new List<EnrolmentDecision>(changes.Count);
        foreach (var change in changes)
        {
            var stream = await session.Events.FetchForWriting<ChildEnrolments>(ChildEnrolments.StreamIdFor(change.ChildId), ct);
            var decision = EnrolmentRules.Decide(change, copies.GetValueOrDefault(change.ChildId), stream.Aggregate, serviceExists);
            stream.AppendMany(decision.Events);
            decisions.Add(decision);
        }

        return decisions;
    }
}

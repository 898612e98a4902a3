using Cantine.Attendance.Domain;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>
/// Changes the copy of a child. The copy uses optimistic concurrency: two messages handled at once cannot both win, the
/// loser fails and Wolverine's retry policy runs it again on the winner's copy. A message about a child whose
/// registration is still on its way fails the same way and is retried.
/// </summary>
internal static class ChildCopies
{
    public static async Task ChangeAsync(IDocumentSession session, Guid childId, Func<ChildCopy, ChildCopy> change, CancellationToken ct)
    {
        var child = await session.LoadAsync<ChildCopy>(childId, ct)
            ?? throw new InvalidOperationException($"Child {childId} is not known to Attendance yet.");
        var changed = change(child);
        if (changed != child)
        {
            session.Update(changed);
        }
    }
}

using Cantine.Invoicing.Domain.Copies;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>
/// Changes the copy of a child. Optimistic concurrency: two messages handled at once cannot both win, the loser is retried
/// on the winner's copy. A message about a child whose registration is still on its way fails the same way and is retried.
/// </summary>
internal static class BillingChildren
{
    public static async Task ChangeAsync(IDocumentSession session, Guid childId, Func<BillingChild, BillingChild> change, CancellationToken ct)
    {
        var child = await session.LoadAsync<BillingChild>(childId, ct)
            ?? throw new InvalidOperationException($"Child {childId} is not known to Invoicing yet.");
        var changed = change(child);
        if (changed != child)
        {
            session.Update(changed);
        }
    }
}

using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.IntegrationEventHandlers;

/// <summary>The child's second home (separated parents) may now book it too.</summary>
public sealed class ChildAttachedToFamilyHandler
{
    public static async Task Handle(ChildAttachedToFamilyIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        // The registration may still be on its way: fail, and Wolverine's retry policy tries again.
        var child = await session.LoadAsync<ChildCopy>(message.ChildId, ct)
            ?? throw new InvalidOperationException($"Child {message.ChildId} is not known to Reservations yet.");
        if (!child.BelongsTo(message.FamilyId))
        {
            session.Store(child with { FamilyIds = [.. child.FamilyIds, message.FamilyId] });
        }
    }
}

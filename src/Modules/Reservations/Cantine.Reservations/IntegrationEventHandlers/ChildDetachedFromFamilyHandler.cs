using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.IntegrationEventHandlers;

/// <summary>The family no longer books the child; the bookings it already made stay.</summary>
public sealed class ChildDetachedFromFamilyHandler
{
    public static async Task Handle(ChildDetachedFromFamilyIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var child = await session.LoadAsync<ChildCopy>(message.ChildId, ct)
            ?? throw new InvalidOperationException($"Child {message.ChildId} is not known to Reservations yet.");
        if (child.BelongsTo(message.FamilyId))
        {
            session.Store(child with { FamilyIds = [.. child.FamilyIds.Where(f => f != message.FamilyId)] });
        }
    }
}

using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.IntegrationEventHandlers;

/// <summary>
/// RGPD erasure: the family leaves its children; a child with no family left keeps only its ids, school and class
/// (its name is erased). Bookings hold ids and dates, never names, so the amounts the town must keep stay.
/// </summary>
public sealed class FamilyErasedHandler
{
    public static async Task Handle(FamilyErasedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        session.Store(new ArchivedFamily(message.FamilyId));
        if (message.ChildIds.Count == 0)
        {
            return;
        }

        foreach (var child in await session.LoadManyAsync<ChildCopy>(ct, message.ChildIds))
        {
            var families = child.FamilyIds.Where(f => f != message.FamilyId).ToList();
            session.Store(families.Count > 0
                ? child with { FamilyIds = families }
                : child with { FamilyIds = [], FirstName = "", LastName = "", Erased = true });
        }
    }
}

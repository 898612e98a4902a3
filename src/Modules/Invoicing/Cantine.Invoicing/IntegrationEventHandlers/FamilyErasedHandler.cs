using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Invoicing.Domain.Copies;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>
/// RGPD erasure: the family leaves its children; a child with no family left loses its names. Bookings and marks hold ids,
/// never names, so what the town must keep to bill stays.
/// </summary>
public sealed class FamilyErasedHandler
{
    public static async Task Handle(FamilyErasedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        if (message.ChildIds.Count == 0)
        {
            return;
        }

        foreach (var child in await session.LoadManyAsync<BillingChild>(ct, message.ChildIds))
        {
            var families = child.FamilyIds.Where(f => f != message.FamilyId).ToList();
            session.Update(families.Count > 0
                ? child with { FamilyIds = families }
                : child with { FamilyIds = [], FirstName = "", LastName = "", Erased = true });
        }
    }
}

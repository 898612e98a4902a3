using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Attendance.Domain;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>
/// RGPD erasure: the family leaves its children; a child with no family left loses its names and care notes (health
/// data). Sheets hold ids, never names, so the marks the town must keep for billing stay.
/// </summary>
public sealed class FamilyErasedHandler
{
    public static async Task Handle(FamilyErasedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        if (message.ChildIds.Count == 0)
        {
            return;
        }

        foreach (var child in await session.LoadManyAsync<ChildCopy>(ct, message.ChildIds))
        {
            var families = child.FamilyIds.Where(f => f != message.FamilyId).ToList();
            session.Update(families.Count > 0
                ? child with { FamilyIds = families }
                : child with { FamilyIds = [], FirstName = "", LastName = "", Allergies = "", HasPai = false, Erased = true });
        }
    }
}

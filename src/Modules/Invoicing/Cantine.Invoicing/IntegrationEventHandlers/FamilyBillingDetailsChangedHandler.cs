using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Invoicing.Domain.Parties;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>Keeps the newest copy of a family's billing details (versioned like the town's; an erased family stays erased).</summary>
public sealed class FamilyBillingDetailsChangedHandler
{
    public static async Task Handle(FamilyBillingDetailsChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var current = await session.LoadAsync<FamilyCopy>(message.FamilyId, ct);
        var copy = new FamilyCopy(
            message.FamilyId, message.FamilyName, message.GuardianId, message.GuardianName, message.Street, message.PostalCode, message.City,
            message.Email, message.Version);
        if (current is null)
        {
            session.Insert(copy);
        }
        else if (current.Takes(message.Version))
        {
            session.Update(copy);
        }
    }
}

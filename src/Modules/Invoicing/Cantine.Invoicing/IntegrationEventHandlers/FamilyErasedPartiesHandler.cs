using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Invoicing.Domain.Parties;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>
/// RGPD erasure: the family's billing copy loses its name, guardian and address for good (issued invoices keep what they
/// printed: the town must keep its accounts, ADR 0018).
/// </summary>
public sealed class FamilyErasedPartiesHandler
{
    public static async Task Handle(FamilyErasedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var current = await session.LoadAsync<FamilyCopy>(message.FamilyId, ct);
        var erased = (current ?? new FamilyCopy(message.FamilyId, "", null, "", "", "", "", "", 0)).Erase();
        if (current is null)
        {
            session.Insert(erased);
        }
        else if (!current.Erased)
        {
            session.Update(erased);
        }
    }
}

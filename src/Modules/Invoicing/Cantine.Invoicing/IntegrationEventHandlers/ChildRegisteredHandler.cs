using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Invoicing.Domain.Copies;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>Keeps the child's names and first family; a second delivery changes nothing.</summary>
public sealed class ChildRegisteredHandler
{
    public static async Task Handle(ChildRegisteredIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var existing = await session.LoadAsync<BillingChild>(message.ChildId, ct);
        if (existing is null)
        {
            session.Insert(new BillingChild(message.ChildId, [message.FamilyId], message.FirstName, message.LastName));
        }
        else if (!existing.BelongsTo(message.FamilyId))
        {
            session.Update(existing with { FamilyIds = [.. existing.FamilyIds, message.FamilyId] });
        }
    }
}

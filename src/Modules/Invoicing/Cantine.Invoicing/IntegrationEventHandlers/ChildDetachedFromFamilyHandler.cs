using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>The family is no longer billed the child's unbooked presences; the days it booked stay its own.</summary>
public sealed class ChildDetachedFromFamilyHandler
{
    public static Task Handle(ChildDetachedFromFamilyIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        BillingChildren.ChangeAsync(session, message.ChildId, c => c.BelongsTo(message.FamilyId) ? c with { FamilyIds = [.. c.FamilyIds.Where(f => f != message.FamilyId)] } : c, ct);
}

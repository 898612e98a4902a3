using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>The child's second home (separated parents): billed for the days it books.</summary>
public sealed class ChildAttachedToFamilyHandler
{
    public static Task Handle(ChildAttachedToFamilyIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        BillingChildren.ChangeAsync(session, message.ChildId, c => c.BelongsTo(message.FamilyId) ? c : c with { FamilyIds = [.. c.FamilyIds, message.FamilyId] }, ct);
}

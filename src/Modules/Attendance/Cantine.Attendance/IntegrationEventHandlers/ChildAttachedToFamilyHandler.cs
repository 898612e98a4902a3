using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>The child's second home (separated parents) now sees its attendance and may signal its absences.</summary>
public sealed class ChildAttachedToFamilyHandler
{
    public static Task Handle(ChildAttachedToFamilyIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        ChildCopies.ChangeAsync(session, message.ChildId, c => c.BelongsTo(message.FamilyId) ? c : c with { FamilyIds = [.. c.FamilyIds, message.FamilyId] }, ct);
}

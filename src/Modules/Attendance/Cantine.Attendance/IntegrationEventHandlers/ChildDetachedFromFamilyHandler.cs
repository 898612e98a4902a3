using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>The family no longer signals the child's absences; the sheets already written keep their history.</summary>
public sealed class ChildDetachedFromFamilyHandler
{
    public static Task Handle(ChildDetachedFromFamilyIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        ChildCopies.ChangeAsync(session, message.ChildId, c => c.BelongsTo(message.FamilyId) ? c with { FamilyIds = [.. c.FamilyIds.Where(f => f != message.FamilyId)] } : c, ct);
}

using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>Allergies and PAI, shown to agents on their sheets (never to families).</summary>
public sealed class ChildCareNotesChangedHandler
{
    public static Task Handle(ChildCareNotesChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        ChildCopies.ChangeAsync(session, message.ChildId, c => c.Erased ? c : c with { Allergies = message.Allergies, HasPai = message.HasPai }, ct);
}

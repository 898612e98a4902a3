using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>Name, school and class as staff changed them (sheets are per school; agents search by name).</summary>
public sealed class ChildDetailsChangedHandler
{
    public static Task Handle(ChildDetailsChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        ChildCopies.ChangeAsync(session, message.ChildId, c => c.Erased ? c
            : c with { FirstName = message.FirstName, LastName = message.LastName, School = message.School, Class = message.Class }, ct);
}

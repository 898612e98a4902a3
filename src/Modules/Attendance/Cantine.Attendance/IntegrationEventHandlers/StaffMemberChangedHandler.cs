using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Attendance.Domain;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>Keeps the newest copy of a staff member's e-mail, role and state (optimistic concurrency, versions).</summary>
public sealed class StaffMemberChangedHandler
{
    public static async Task Handle(StaffMemberChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var copy = new StaffCopy(message.UserId, message.Email, message.Role, message.Active, message.Version);
        var current = await session.LoadAsync<StaffCopy>(message.UserId, ct);
        if (current is null)
        {
            session.Insert(copy);
        }
        else if (current.Version < message.Version)
        {
            session.Update(copy);
        }
    }
}

using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Attendance.Domain;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>Keeps the child's name, school, class and family; a second delivery changes nothing.</summary>
public sealed class ChildRegisteredHandler
{
    public static async Task Handle(ChildRegisteredIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var existing = await session.LoadAsync<ChildCopy>(message.ChildId, ct);
        if (existing is null)
        {
            session.Insert(new ChildCopy(message.ChildId, [message.FamilyId], message.FirstName, message.LastName, message.School, message.Class));
        }
        else if (!existing.BelongsTo(message.FamilyId))
        {
            session.Update(existing with { FamilyIds = [.. existing.FamilyIds, message.FamilyId] });
        }
    }
}

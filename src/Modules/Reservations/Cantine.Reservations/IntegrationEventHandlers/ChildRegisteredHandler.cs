using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.IntegrationEventHandlers;

/// <summary>Keeps the child's name, school, class and family; a second delivery changes nothing (enrolments are a stream of their own).</summary>
public sealed class ChildRegisteredHandler
{
    public static async Task Handle(ChildRegisteredIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var existing = await session.LoadAsync<ChildCopy>(message.ChildId, ct);
        session.Store(existing is null
            ? new ChildCopy(message.ChildId, [message.FamilyId], message.FirstName, message.LastName, message.School, message.Class)
            : existing with { FamilyIds = [.. existing.FamilyIds.Union([message.FamilyId])] });
    }
}

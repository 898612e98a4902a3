using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.IntegrationEventHandlers;

/// <summary>Name, school and class as staff changed them (headcounts group by school and class).</summary>
public sealed class ChildDetailsChangedHandler
{
    public static async Task Handle(ChildDetailsChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var child = await session.LoadAsync<ChildCopy>(message.ChildId, ct)
            ?? throw new InvalidOperationException($"Child {message.ChildId} is not known to Reservations yet.");
        if (!child.Erased)
        {
            session.Store(child with { FirstName = message.FirstName, LastName = message.LastName, School = message.School, Class = message.Class });
        }
    }
}

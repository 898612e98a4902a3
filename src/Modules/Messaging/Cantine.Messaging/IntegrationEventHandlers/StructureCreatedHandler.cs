using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Messaging.Domain;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>
/// Keeps the structure's name and contact address, to notify it of families' messages. Messages may arrive out of
/// order: when a later change of details was handled first, its address is kept, never the creation's older one.
/// </summary>
public sealed class StructureCreatedHandler
{
    public static async Task Handle(StructureCreatedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<TownContact>(TownContact.SingletonId, ct) is null)
        {
            session.Store(new TownContact(TownContact.SingletonId, message.Name, message.ContactEmail));
        }
    }
}

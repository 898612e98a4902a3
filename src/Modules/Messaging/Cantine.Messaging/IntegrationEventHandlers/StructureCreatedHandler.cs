using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Messaging.Domain;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>Keeps the structure's name and contact address, to notify it of families' messages.</summary>
public sealed class StructureCreatedHandler
{
    public static void Handle(StructureCreatedIntegrationEvent message, IDocumentSession session) =>
        session.Store(new TownContact(TownContact.SingletonId, message.Name, message.ContactEmail));
}

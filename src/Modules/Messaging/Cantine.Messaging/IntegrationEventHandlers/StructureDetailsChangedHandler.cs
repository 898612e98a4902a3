using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Messaging.Domain;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>Keeps the structure's name and contact address current, to notify the right mailbox of families' messages.</summary>
public sealed class StructureDetailsChangedHandler
{
    public static void Handle(StructureDetailsChangedIntegrationEvent message, IDocumentSession session) =>
        session.Store(new TownContact(TownContact.SingletonId, message.Name, message.ContactEmail));
}

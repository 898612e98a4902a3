using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>Keeps the structure's name and contact address current, to notify the right mailbox of families' messages.</summary>
public sealed class StructureDetailsChangedHandler
{
    public static Task Handle(StructureDetailsChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        TownContacts.KeepAsync(session, message.Name, message.ContactEmail, message.Version, ct);
}

using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>Keeps the structure's name and contact address, to notify it of families' messages (see <see cref="TownContacts"/>).</summary>
public sealed class StructureCreatedHandler
{
    public static Task Handle(StructureCreatedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        TownContacts.KeepAsync(session, message.Name, message.ContactEmail, message.Version, ct);
}

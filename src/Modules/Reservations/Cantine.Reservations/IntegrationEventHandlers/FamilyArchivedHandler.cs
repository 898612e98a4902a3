using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.IntegrationEventHandlers;

/// <summary>An archived family books nothing new; its bookings and their history stay.</summary>
public sealed class FamilyArchivedHandler
{
    public static void Handle(FamilyArchivedIntegrationEvent message, IDocumentSession session) => session.Store(new ArchivedFamily(message.FamilyId));
}

using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Invoicing.Domain.Parties;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>
/// Keeps the newest copy of the town's billing details: an older structure version never replaces a newer one, and two
/// concurrent writers cannot both win (optimistic concurrency; the loser is retried against the winner's copy).
/// </summary>
public sealed class StructureBillingDetailsChangedHandler
{
    public static async Task Handle(StructureBillingDetailsChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var current = await session.LoadAsync<TownCopy>(TownCopy.SingletonId, ct);
        var copy = new TownCopy(
            TownCopy.SingletonId, message.Name, message.Street, message.PostalCode, message.City, message.Phone, message.ContactEmail,
            message.LogoFileId, message.OnlinePaymentEnabled, message.Version, message.PayfipClientNumber, message.PayfipEnvironment);
        if (current is null)
        {
            session.Insert(copy);
        }
        else if (current.Takes(message.Version))
        {
            session.Update(copy);
        }
    }
}

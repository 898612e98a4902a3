using Cantine.Invoicing.Domain.Copies;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>Keeps the newest copy of a service (name, billing basis, dated prices): an older version never replaces a newer one.</summary>
public sealed class ServiceChangedHandler
{
    public static async Task Handle(ServiceChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var copy = new BillingService(
            message.ServiceId, message.Name, BillingService.ParseBasis(message.BillingBasis),
            [.. message.Prices.Select(p => new ServicePrice(p.EffectiveFrom, p.UnitPriceCents))], message.Version);
        var current = await session.LoadAsync<BillingService>(message.ServiceId, ct);
        if (current is null)
        {
            session.Insert(copy);
        }
        else if (current.Version < message.Version)
        {
            session.Update(copy);
        }
    }
}

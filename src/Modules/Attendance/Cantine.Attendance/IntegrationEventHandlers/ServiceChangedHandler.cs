using Cantine.Attendance.Domain;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>Keeps the newest copy of a service: an older version never replaces a newer one (optimistic concurrency).</summary>
public sealed class ServiceChangedHandler
{
    public static async Task Handle(ServiceChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var copy = new ServiceCopy(
            message.ServiceId, message.Name, message.Days, [.. message.Prices.Select(p => new PriceCopy(p.EffectiveFrom, p.UnitPriceCents))], message.Version);
        var current = await session.LoadAsync<ServiceCopy>(message.ServiceId, ct);
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

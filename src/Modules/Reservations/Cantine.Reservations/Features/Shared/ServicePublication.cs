using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Wolverine;

namespace Cantine.Reservations.Features.Shared;

/// <summary>Tells the other modules a service's new state (through the outbox, in the command's transaction).</summary>
internal static class ServicePublication
{
    /// <summary>Folds <paramref name="events"/> onto <paramref name="before"/> and publishes the result with the stream's version after them.</summary>
    public static ValueTask PublishServiceAsync(this IMessageBus bus, string tenantId, Service? before, long versionAfter, IReadOnlyList<object> events)
    {
        var after = events.Aggregate(before, (service, e) => e switch
        {
            ServiceCreated x => Service.Create(x),
            ServiceChanged x => service!.Apply(x),
            ServicePriceChanged x => service!.Apply(x),
            _ => service,
        });
        return after is null || events.Count == 0
            ? ValueTask.CompletedTask
            : bus.PublishAsync(new ServiceChangedIntegrationEvent(
                tenantId, after.Id, after.Name, after.Days, after.BillingBasis.ToString(),
                [.. after.Prices.Select(p => new ServicePriceLine(p.EffectiveFrom, p.UnitPriceCents))], versionAfter));
    }
}

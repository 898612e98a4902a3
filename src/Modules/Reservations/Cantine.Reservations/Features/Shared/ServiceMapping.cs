using Cantine.Reservations.Contracts.ListServices;
using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Features.Shared;

internal static class ServiceMapping
{
    public static ServiceDto ToDto(this Service service, DateOnly today) => new(
        service.Id, service.Name, [.. service.Days.OrderBy(d => ((int)d + 6) % 7)], service.BookableByParents, service.BillingBasis.ToString(),
        service.PriceOn(today), [.. service.Prices.OrderBy(p => p.EffectiveFrom).Select(p => new PriceDto(p.EffectiveFrom, p.UnitPriceCents))]);
}

namespace Cantine.Reservations.Domain;

/// <summary>A service (prestation): "1er service", "Garderie soir"... with its dated prices in cents.</summary>
public sealed record Service(
    Guid Id, string Name, IReadOnlyList<DayOfWeek> Days, bool BookableByParents, BillingBasis BillingBasis, IReadOnlyList<ServicePrice> Prices)
{
    public static Service Create(ServiceCreated e) => new(e.ServiceId, e.Name, e.Days, e.BookableByParents, e.BillingBasis, [e.FirstPrice]);

    public Service Apply(ServiceChanged e) =>
        this with { Name = e.Name, Days = e.Days, BookableByParents = e.BookableByParents, BillingBasis = e.BillingBasis };

    /// <summary>A price from the same date replaces the one planned for that date.</summary>
    public Service Apply(ServicePriceChanged e) =>
        this with { Prices = [.. Prices.Where(p => p.EffectiveFrom != e.Price.EffectiveFrom).Append(e.Price).OrderBy(p => p.EffectiveFrom)] };

    public bool RunsOn(DateOnly day) => Days.Contains(day.DayOfWeek);

    /// <summary>The price in force on <paramref name="day"/>: the latest one effective on or before it (the first one before any).</summary>
    public int PriceOn(DateOnly day) =>
        Prices.OrderBy(p => p.EffectiveFrom).LastOrDefault(p => p.EffectiveFrom <= day)?.UnitPriceCents ?? Prices.OrderBy(p => p.EffectiveFrom).First().UnitPriceCents;
}

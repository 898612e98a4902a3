namespace Cantine.Invoicing.Domain.Copies;

/// <summary>
/// A service as Reservations last described it (<c>ServiceChangedIntegrationEvent</c>): name, billing basis and dated unit
/// prices. <see cref="Version"/> is the service stream's version it reflects: an older message never replaces a newer one.
/// </summary>
public sealed record BillingService(Guid Id, string Name, BillingBasis Basis, IReadOnlyList<ServicePrice> Prices, long Version)
{
    /// <summary>The unit price in force on <paramref name="day"/>: the latest effective on or before it (the earliest before any).</summary>
    public int PriceOn(DateOnly day)
    {
        var ordered = Prices.OrderBy(p => p.EffectiveFrom).ToList();
        return ordered.LastOrDefault(p => p.EffectiveFrom <= day)?.UnitPriceCents ?? ordered.FirstOrDefault()?.UnitPriceCents ?? 0;
    }

    public static BillingBasis ParseBasis(string basis) =>
        string.Equals(basis, nameof(BillingBasis.Attendance), StringComparison.OrdinalIgnoreCase) ? BillingBasis.Attendance : BillingBasis.Bookings;
}

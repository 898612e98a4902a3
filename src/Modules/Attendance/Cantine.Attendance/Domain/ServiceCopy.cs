namespace Cantine.Attendance.Domain;

/// <summary>
/// A service as Reservations last described it (<c>ServiceChangedIntegrationEvent</c>): its name, the days it runs and
/// its dated prices. <see cref="Version"/> is the service stream's version it reflects (an older message never wins).
/// </summary>
public sealed record ServiceCopy(Guid Id, string Name, IReadOnlyList<DayOfWeek> Days, IReadOnlyList<PriceCopy> Prices, long Version)
{
    public bool RunsOn(DateOnly day) => Days.Contains(day.DayOfWeek);

    /// <summary>The price in force on <paramref name="day"/>: the latest effective on or before it (the first one before any).</summary>
    public int PriceOn(DateOnly day)
    {
        var ordered = Prices.OrderBy(p => p.EffectiveFrom).ToList();
        return ordered.LastOrDefault(p => p.EffectiveFrom <= day)?.UnitPriceCents ?? ordered.FirstOrDefault()?.UnitPriceCents ?? 0;
    }
}

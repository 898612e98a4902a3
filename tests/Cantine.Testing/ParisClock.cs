namespace Cantine.Testing;

/// <summary>Reads a clock in Paris, where the towns' deadlines and school days are.</summary>
public static class ParisClock
{
    /// <summary>Today in Paris by <paramref name="clock"/>.</summary>
    public static DateOnly ParisToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.ParisNow().DateTime);

    public static DateTimeOffset ParisNow(this TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TestClock.Paris);
}

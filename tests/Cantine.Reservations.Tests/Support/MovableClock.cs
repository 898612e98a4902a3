namespace Cantine.Reservations.Tests.Support;

/// <summary>
/// The host's <see cref="TimeProvider"/>, set to a chosen moment in Paris and ticking from there: deadlines
/// are Paris wall-clock times, so a test puts the clock just before, on or after one.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock to <paramref name="parisTime"/>, a wall-clock time in Paris.</summary>
    public void SetParisTime(DateTime parisTime)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(parisTime, DateTimeKind.Unspecified), Paris);
        SetUtc(new DateTimeOffset(utc, TimeSpan.Zero));
    }

    public void SetUtc(DateTimeOffset utc) => Interlocked.Exchange(ref _offsetTicks, (utc - base.GetUtcNow()).Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}

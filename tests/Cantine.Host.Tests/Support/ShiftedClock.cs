namespace Cantine.Host.Tests.Support;

/// <summary>
/// The real clock, moved forward on demand: "an hour later" without waiting an hour. Registered as the
/// host's <see cref="TimeProvider"/>, so every decision that reads the time (lockout, link expiry) sees it.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

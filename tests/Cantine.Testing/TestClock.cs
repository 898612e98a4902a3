using Microsoft.Extensions.Time.Testing;

namespace Cantine.Testing;

/// <summary>
/// The one test clock, registered as the host's <see cref="TimeProvider"/> by <see cref="CantineApp"/>: a
/// <see cref="FakeTimeProvider"/> that stands still unless the test moves it. It may also be set back (which
/// <see cref="FakeTimeProvider"/> refuses), because the tests of one class share a host and run in any order, each
/// pinning the instant it needs. Deadlines and school years are Paris wall-clock facts: set it in Paris time.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private long _rewoundTicks;

    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>
    /// Where every test host's clock starts unless its class says otherwise: Tuesday 10 September 2030, 10:00 in Paris,
    /// an ordinary school day (no bank holiday within a month either side).
    /// </summary>
    public static readonly DateTimeOffset DefaultStart = AtParis(new DateTime(2030, 9, 10, 10, 0, 0));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() - TimeSpan.FromTicks(Interlocked.Read(ref _rewoundTicks));

    /// <summary>The instant a Paris wall-clock time stands for (in October's repeated hour: its first occurrence).</summary>
    public static DateTimeOffset AtParis(DateTime parisTime)
    {
        var local = DateTime.SpecifyKind(parisTime, DateTimeKind.Unspecified);
        var offset = Paris.IsAmbiguousTime(local) ? Paris.GetAmbiguousTimeOffsets(local).Max() : Paris.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>Moves the clock to <paramref name="parisTime"/>, a wall-clock time in Paris, forwards or backwards.</summary>
    public void SetParisTime(DateTime parisTime) => Set(AtParis(parisTime));

    /// <summary>Moves the clock to <paramref name="instant"/>, forwards (as <see cref="FakeTimeProvider.SetUtcNow"/>) or backwards.</summary>
    public void Set(DateTimeOffset instant)
    {
        var delta = instant - GetUtcNow();
        if (delta >= TimeSpan.Zero)
        {
            Advance(delta);
        }
        else
        {
            Interlocked.Add(ref _rewoundTicks, -delta.Ticks);
        }
    }
}

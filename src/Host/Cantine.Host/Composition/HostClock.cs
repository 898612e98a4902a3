namespace Cantine.Host.Composition;

/// <summary>
/// The host's <see cref="TimeProvider"/>: the machine's clock, except in the <c>Testing</c> environment when
/// <c>Testing:ClockStartsAt</c> (an ISO 8601 instant) is set: the clock then starts at that instant and runs at the
/// machine's pace. The fault tests (ADR 0038) start real host processes on the date of the in-process host that seeded
/// their town; in-process tests replace the provider with their own test clock instead. Ignored in any other environment.
/// </summary>
public static class HostClock
{
    public const string StartsAtSetting = "Testing:ClockStartsAt";

    public static TimeProvider For(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsEnvironment("Testing") && configuration[StartsAtSetting] is { Length: > 0 } start
            ? new StartedAtClock(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture))
            : TimeProvider.System;

    /// <summary>A clock that showed <paramref name="start"/> when it was made, and advances with the machine's monotonic clock.</summary>
    private sealed class StartedAtClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _origin = TimeProvider.System.GetTimestamp();

        public override TimeZoneInfo LocalTimeZone => TimeProvider.System.LocalTimeZone;

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + TimeProvider.System.GetElapsedTime(_origin);
    }
}

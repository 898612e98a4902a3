namespace Cantine.BuildingBlocks.Contracts.Time;

/// <summary>
/// Wall-clock times of the towns (Europe/Paris) turned into instants, and back: the one place the zone is looked up
/// (issue #12), for domain code, handlers, jobs and pages alike.
/// </summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>
    /// The instant of a Paris wall-clock time. A time skipped by the spring DST change (02:30 on the last
    /// Sunday of March) is moved forward by the hour the clocks skip (03:30); a time that happens twice in autumn is
    /// taken the second time (standard time), the more generous reading for a deadline.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Min() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateTimeOffset InParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's calendar date in Paris by the given clock (00:30 in Paris is still the previous day in UTC).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}

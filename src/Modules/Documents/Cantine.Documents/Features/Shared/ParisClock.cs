namespace Cantine.Documents.Features.Shared;

/// <summary>Today's date where the structures are (publication windows are calendar dates in Europe/Paris).</summary>
internal static class ParisClock
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).DateTime);
}

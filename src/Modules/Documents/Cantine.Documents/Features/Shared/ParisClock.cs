using Cantine.BuildingBlocks.Contracts.Time;

namespace Cantine.Documents.Features.Shared;

/// <summary>Today's date where the structures are (publication windows are calendar dates in Europe/Paris).</summary>
internal static class ParisClock
{
    public static DateOnly Today(this TimeProvider clock) => ParisTime.Today(clock);

    /// <summary>The calendar date in Paris of an instant (00:30 in Paris is still the previous day in UTC).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => ParisTime.DateOf(instant);
}

using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Presences;

/// <summary>
/// A town with attendance (<see cref="PresencesTown"/>), its clock set to Wednesday 11 September 2030 at 8:00 in Paris:
/// last week is marked and validated, Monday and Tuesday of this week are past and not marked, and tomorrow (Thursday)
/// is booked and may still be signalled.
/// </summary>
public sealed class PresencesApp : BrowserApp
{
    public PresencesTown Town { get; private set; } = null!;

    public DateOnly Today => Clock.ParisToday();

    public DateOnly Tomorrow => Today.AddDays(1);

    protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2030, 9, 11, 8, 0, 0));

    protected override async Task SeedAsync() => Town = await PresencesTown.CreateAsync(this, "grenoble");
}

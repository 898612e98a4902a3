using System.Text.Json;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Attendance.Tests.Domain;

/// <summary>
/// "Then these events" for events holding lists (family ids, booked children): records compare lists by reference,
/// so events are compared by type and JSON content.
/// </summary>
internal static class EventAssertions
{
    public static void ShouldAppendEvents(this Decision decision, params object[] expected)
    {
        decision.Refusal.ShouldBeNull($"refused with {decision.Refusal}");
        decision.Events.Select(Describe).ShouldBe(expected.Select(Describe));
    }

    private static string Describe(object e) => $"{e.GetType().Name} {JsonSerializer.Serialize(e, e.GetType())}";
}

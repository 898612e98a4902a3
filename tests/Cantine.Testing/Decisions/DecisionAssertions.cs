using Cantine.BuildingBlocks.Domain;
using Shouldly;

namespace Cantine.Testing.Decisions;

/// <summary>"Then these events" / "then this refusal", for the pure <c>Decide</c> functions.</summary>
public static class DecisionAssertions
{
    public static void ShouldAppend(this Decision decision, params object[] expected)
    {
        decision.Refusal.ShouldBeNull($"refused with {decision.Refusal}");
        decision.Events.ShouldBe(expected);
    }

    public static void ShouldChangeNothing(this Decision decision)
    {
        decision.Refusal.ShouldBeNull($"refused with {decision.Refusal}");
        decision.Events.ShouldBeEmpty();
    }

    public static void ShouldRefuse(this Decision decision, string key, string? field = null)
    {
        decision.Refusal.ShouldBe(key);
        decision.Events.ShouldBeEmpty();
        if (field is not null)
        {
            decision.Field.ShouldBe(field);
        }
    }
}

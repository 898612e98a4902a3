using Cantine.ArchitectureTests.Rules;

namespace Cantine.ArchitectureTests;

public sealed class FeatureRulesCanFailTests
{
    [Fact]
    public void Reports_features_that_use_Hangfire()
    {
        var result = FeatureRules.FeaturesUseNoHangfire([RulesCanFail.TestAssembly]);

        result.Selected.ShouldContain(RulesCanFail.Bad("Features", "WellBehavedHandler"));
        RuleAssert.ReportsExactly(result, RulesCanFail.Bad("Features", "EnqueuingHandler"));
    }

    [Fact]
    public void Reports_features_that_save_in_a_method_an_async_method_or_a_lambda()
    {
        var result = FeatureRules.FeaturesCallNoSaveChanges([RulesCanFail.TestAssembly], new Dictionary<string, string>());

        result.Selected.ShouldContain(RulesCanFail.Bad("Features", "WellBehavedHandler"));
        RuleAssert.ReportsExactly(result,
            RulesCanFail.Bad("Features", "SavingHandler"),
            RulesCanFail.Bad("Features", "SavingInALambda"));
    }

    [Fact]
    public void An_allowed_type_is_not_reported()
    {
        var allowed = new Dictionary<string, string> { [RulesCanFail.Bad("Features", "SavingInALambda")] = "a reason" };

        var result = FeatureRules.FeaturesCallNoSaveChanges([RulesCanFail.TestAssembly], allowed);

        RuleAssert.ReportsExactly(result, RulesCanFail.Bad("Features", "SavingHandler"));
    }
}

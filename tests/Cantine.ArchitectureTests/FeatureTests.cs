using Cantine.ArchitectureTests.Rules;
using Xunit.Abstractions;

namespace Cantine.ArchitectureTests;

public sealed class FeatureTests(ITestOutputHelper output)
{
    [Fact]
    public void Features_use_no_Hangfire_API()
    {
        RuleAssert.Holds(FeatureRules.FeaturesUseNoHangfire(Product.ModuleImplementations), output);
    }

    [Fact]
    public void Features_never_save_the_session_themselves()
    {
        RuleAssert.Holds(FeatureRules.FeaturesCallNoSaveChanges(Product.ModuleImplementations, FeatureRules.MaySave), output);
    }
}

using Cantine.ArchitectureTests.Rules;

namespace Cantine.ArchitectureTests;

public sealed class DependencyRulesCanFailTests
{
    [Fact]
    public void Rule_3_reports_pages_that_touch_the_domain_a_handler_marten_wolverine_or_hangfire()
    {
        var result = DependencyRules.PagesTouchNoModuleInternals(
            RulesCanFail.TestAssembly, [RulesCanFail.BadNamespace + ".Pages"], Product.ModuleImplementations);

        result.Selected.ShouldContain(RulesCanFail.Bad("Pages", "WellBehavedPage"));
        RuleAssert.ReportsExactly(result,
            RulesCanFail.Bad("Pages", "PageUsingAHandler"),
            RulesCanFail.Bad("Pages", "PageUsingHangfire"),
            RulesCanFail.Bad("Pages", "PageUsingMarten"),
            RulesCanFail.Bad("Pages", "PageUsingTheDomain"),
            RulesCanFail.Bad("Pages", "PageUsingWolverine"));
    }

    [Fact]
    public void Rule_3_selects_an_exact_namespace_not_every_namespace_sharing_its_prefix()
    {
        // "Cantine.ArchitectureTests.Deliberately_bad.Page" is a prefix of ".Pages" but not the same namespace.
        var result = DependencyRules.PagesTouchNoModuleInternals(
            RulesCanFail.TestAssembly, [RulesCanFail.BadNamespace + ".Page"], Product.ModuleImplementations);

        result.Selected.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_4_reports_domain_types_that_use_infrastructure()
    {
        var result = DependencyRules.DomainDependsOnNoInfrastructure([RulesCanFail.TestAssembly]);

        result.Selected.ShouldContain(RulesCanFail.Bad("Domain", "InnocentAggregate"));
        RuleAssert.ReportsExactly(result,
            RulesCanFail.Bad("Domain", "UsesAspNetCore"),
            RulesCanFail.Bad("Domain", "UsesFluentValidation"),
            RulesCanFail.Bad("Domain", "UsesMarten"),
            RulesCanFail.Bad("Domain", "UsesMartenInALambda"),
            RulesCanFail.Bad("Domain", "UsesMediator"),
            RulesCanFail.Bad("Domain", "UsesWolverineInABody"));
    }
}

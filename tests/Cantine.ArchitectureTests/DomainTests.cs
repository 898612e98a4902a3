using Cantine.ArchitectureTests.Rules;
using Xunit.Abstractions;

namespace Cantine.ArchitectureTests;

public sealed class DomainTests(ITestOutputHelper output)
{
    [Fact]
    public void The_domain_depends_on_no_infrastructure()
    {
        RuleAssert.Holds(DependencyRules.DomainDependsOnNoInfrastructure(Product.All), output);
    }
}

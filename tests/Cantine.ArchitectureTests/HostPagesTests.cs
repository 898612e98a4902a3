using Cantine.ArchitectureTests.Rules;
using Xunit.Abstractions;

namespace Cantine.ArchitectureTests;

public sealed class HostPagesTests(ITestOutputHelper output)
{
    [Fact]
    public void Pages_touch_no_domain_features_marten_wolverine_or_hangfire()
    {
        var host = HostAssembly.TryLoad().ShouldNotBeNull();

        RuleAssert.Holds(
            DependencyRules.PagesTouchNoModuleInternals(host, DependencyRules.HostPageNamespaces, Product.ModuleImplementations), output);
    }

    [Fact]
    public void Knows_the_modules_domain_and_features_namespaces_it_keeps_pages_away_from()
    {
        DependencyRules.ModuleInternalNamespaces(Product.ModuleImplementations).ShouldBe(
            ["Cantine.Accounts.Auditing", "Cantine.Accounts.Domain", "Cantine.Accounts.Features",
                "Cantine.Attendance.Auditing", "Cantine.Attendance.Domain", "Cantine.Attendance.Features", "Cantine.Audit.Features",
                "Cantine.Documents.Auditing", "Cantine.Documents.Domain", "Cantine.Documents.Features",
                "Cantine.Invoicing.Auditing", "Cantine.Invoicing.Domain", "Cantine.Invoicing.Features",
                "Cantine.Messaging.Auditing", "Cantine.Messaging.Domain", "Cantine.Messaging.Features",
                "Cantine.Reservations.Auditing", "Cantine.Reservations.Domain", "Cantine.Reservations.Features"]);
    }
}

using Cantine.ArchitectureTests.Rules;
using Xunit.Abstractions;

namespace Cantine.ArchitectureTests;

public sealed class ModuleReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void A_module_references_no_other_modules_implementation()
    {
        RuleAssert.Holds(ModuleReferenceRules.NoModuleReferencesAnotherModulesImplementation(Product.ModuleImplementations), output);
    }

    [Fact]
    public void Contracts_reference_only_the_bcl_mediator_and_the_shared_contracts()
    {
        RuleAssert.Holds(ModuleReferenceRules.ContractsReferenceOnlyTheBclMediatorAndSharedContracts(Product.Contracts), output);
    }

    [Fact]
    public void Building_blocks_reference_no_module()
    {
        var modules = Product.ModuleImplementations.Concat(Product.Contracts).Except([Product.BuildingBlocksContracts])
            .Select(a => a.GetName().Name!).ToHashSet(StringComparer.Ordinal);

        var references = Product.BuildingBlocks.GetReferencedAssemblies()
            .Concat(Product.BuildingBlocksContracts.GetReferencedAssemblies())
            .Select(r => r.Name!).ToList();

        references.ShouldNotBeEmpty();
        references.Where(modules.Contains).ShouldBeEmpty();
    }

    [Fact]
    public void Messaging_really_uses_the_accounts_contracts_the_rule_allows()
    {
        // Keeps rule 1 honest: it must let this reference through, and the reference must exist.
        Product.Messaging.GetReferencedAssemblies().Select(r => r.Name).ShouldContain("Cantine.Accounts.Contracts");
    }

    [Fact]
    public void Only_the_host_composes_the_payfip_simulator()
    {
        // The simulator stands in for the treasury's server in Development and the tests: no module may depend on it.
        HostAssembly.TryLoad()!.GetReferencedAssemblies().Select(r => r.Name).ShouldContain(Product.PayfipSimulator);
        Product.All.Where(a => a.GetReferencedAssemblies().Any(r => r.Name == Product.PayfipSimulator)).Select(a => a.GetName().Name).ShouldBeEmpty();
    }
}

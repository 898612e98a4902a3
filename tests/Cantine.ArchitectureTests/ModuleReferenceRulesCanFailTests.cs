using Cantine.ArchitectureTests.Rules;

namespace Cantine.ArchitectureTests;

public sealed class ModuleReferenceRulesCanFailTests
{
    [Fact]
    public void Rule_1_reports_a_module_referencing_another_modules_implementation()
    {
        var result = ModuleReferenceRules.NoModuleReferencesAnotherModulesImplementation(
        [
            new AssemblyReferences("Cantine.Accounts", ["System.Runtime", "Cantine.BuildingBlocks", "Cantine.Accounts.Contracts"]),
            new AssemblyReferences("Cantine.Messaging", ["System.Runtime", "Cantine.Accounts.Contracts", "Cantine.Accounts"]),
        ]);

        RuleAssert.ReportsExactly(result, "Cantine.Messaging -> Cantine.Accounts");
    }

    [Fact]
    public void Rule_1_reads_the_references_of_real_assemblies()
    {
        // This test assembly references both modules' implementations: as a "module" it breaks the rule.
        var result = ModuleReferenceRules.NoModuleReferencesAnotherModulesImplementation(
            [Product.Accounts, Product.Messaging, RulesCanFail.TestAssembly]);

        RuleAssert.ReportsExactly(result, "Cantine.ArchitectureTests -> Cantine.Accounts", "Cantine.ArchitectureTests -> Cantine.Messaging");
    }

    [Fact]
    public void Rule_1_compares_names_exactly_so_contracts_are_not_mistaken_for_implementations()
    {
        var result = ModuleReferenceRules.NoModuleReferencesAnotherModulesImplementation(
        [
            new AssemblyReferences("Cantine.Accounts", []),
            new AssemblyReferences("Cantine.Messaging", ["Cantine.Accounts.Contracts", "Cantine.AccountsExtras"]),
        ]);

        result.Failing.ShouldBeEmpty();
    }

    [Fact]
    public void Rule_2_reports_contracts_referencing_anything_but_the_bcl_mediator_and_the_shared_contracts()
    {
        var result = ModuleReferenceRules.ContractsReferenceOnlyTheBclMediatorAndSharedContracts(
        [
            new AssemblyReferences("Cantine.Accounts.Contracts", [
                "System.Runtime", "System.Collections", "netstandard", "Mediator", "Cantine.BuildingBlocks.Contracts",
                "Marten", "Cantine.BuildingBlocks", "Cantine.Messaging.Contracts", "Microsoft.AspNetCore.Http.Abstractions", "SystemX",
            ]),
        ]);

        RuleAssert.ReportsExactly(result,
            "Cantine.Accounts.Contracts -> Cantine.BuildingBlocks",
            "Cantine.Accounts.Contracts -> Cantine.Messaging.Contracts",
            "Cantine.Accounts.Contracts -> Marten",
            "Cantine.Accounts.Contracts -> Microsoft.AspNetCore.Http.Abstractions",
            "Cantine.Accounts.Contracts -> SystemX");
    }

    [Fact]
    public void Rule_2_reads_the_references_of_real_assemblies()
    {
        var result = ModuleReferenceRules.ContractsReferenceOnlyTheBclMediatorAndSharedContracts([RulesCanFail.TestAssembly]);

        result.Failing.ShouldContain("Cantine.ArchitectureTests -> Shouldly");
        result.Failing.ShouldContain("Cantine.ArchitectureTests -> Cantine.Accounts");
        result.Failing.ShouldNotContain(f => f.Contains("-> System.", StringComparison.Ordinal));
    }
}

using System.Reflection;

namespace Cantine.ArchitectureTests.Rules;

/// <summary>STYLE §8 rules 1 and 2, checked on referenced assemblies by exact name (not by prefix).</summary>
public static class ModuleReferenceRules
{
    /// <summary>Rule 1: a module's implementation references no other module's implementation (its Contracts are fine).</summary>
    public static RuleResult NoModuleReferencesAnotherModulesImplementation(IEnumerable<Assembly> implementations) =>
        NoModuleReferencesAnotherModulesImplementation(implementations.Select(AssemblyReferences.Of));

    public static RuleResult NoModuleReferencesAnotherModulesImplementation(IEnumerable<AssemblyReferences> implementations)
    {
        var modules = implementations.ToList();
        var names = modules.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var failing = modules.SelectMany(m => m.References
            .Where(r => r != m.Name && names.Contains(r))
            .Select(r => $"{m.Name} -> {r}"));
        return RuleResult.From("A module's implementation references no other module's implementation", names, failing);
    }

    /// <summary>
    /// Rule 2: Contracts depend only on the BCL, Mediator.Abstractions (whose assembly is named
    /// <c>Mediator</c>) and Cantine.BuildingBlocks.Contracts.
    /// </summary>
    public static RuleResult ContractsReferenceOnlyTheBclMediatorAndSharedContracts(IEnumerable<Assembly> contracts) =>
        ContractsReferenceOnlyTheBclMediatorAndSharedContracts(contracts.Select(AssemblyReferences.Of));

    public static RuleResult ContractsReferenceOnlyTheBclMediatorAndSharedContracts(IEnumerable<AssemblyReferences> contracts)
    {
        var assemblies = contracts.ToList();
        var failing = assemblies.SelectMany(a => a.References
            .Where(r => !IsAllowedInContracts(r, a.Name))
            .Select(r => $"{a.Name} -> {r}"));
        return RuleResult.From(
            "Contracts reference only the BCL, Mediator.Abstractions and Cantine.BuildingBlocks.Contracts",
            assemblies.Select(a => a.Name), failing);
    }

    private static bool IsAllowedInContracts(string reference, string self) =>
        reference == self
        || reference is "System" or "netstandard" or "mscorlib"
        || reference.StartsWith("System.", StringComparison.Ordinal)
        || reference is "Mediator" or "Mediator.Abstractions" // the Mediator.Abstractions package ships Mediator.dll
        || reference is "Cantine.BuildingBlocks.Contracts";
}

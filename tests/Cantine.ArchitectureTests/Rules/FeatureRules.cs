using System.Reflection;
using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace Cantine.ArchitectureTests.Rules;

/// <summary>
/// STYLE §5 and ADR 0021: use cases never save or schedule work themselves. The unit-of-work behaviour saves the scope's
/// session once, enrolled in Wolverine's outbox, so the events, documents and messages of a command commit together;
/// a handler that saves, then enqueues (or publishes) can lose the second half in a crash.
/// </summary>
public static partial class FeatureRules
{
    /// <summary>Types in <c>*.Features</c> that may save for a reason of their own: type → that reason, in one line.</summary>
    public static readonly IReadOnlyDictionary<string, string> MaySave = new Dictionary<string, string>
    {
        ["Cantine.Accounts.Features.ListFamilies.FamilyListBackfill"] =
            "a start-up hosted service (ADR 0015), not a handler: it runs outside any command scope, one session per tenant and chunk",
    };

    /// <summary>Types of <c>*.Features</c> (unspeakable ones left out: NetArchTest charges a lambda's or an async method's IL to its writer).</summary>
    public static RuleResult FeaturesUseNoHangfire(IEnumerable<Assembly> assemblies)
    {
        var pattern = FeaturesNamespace().ToString();
        var selected = Types.InAssemblies(assemblies).That().ResideInNamespaceMatching(pattern).And().DoNotHaveNameStartingWith("<")
            .GetTypes().Select(t => t.FullName!);
        var result = Types.InAssemblies(assemblies).That().ResideInNamespaceMatching(pattern).And().DoNotHaveNameStartingWith("<")
            .ShouldNot().HaveDependencyOn("Hangfire").GetResult();
        return RuleResult.From("*.Features uses no Hangfire API", selected, result.FailingTypeNames ?? []);
    }

    /// <summary>
    /// No method of a <c>*.Features</c> type calls a <c>SaveChanges</c>/<c>SaveChangesAsync</c> (Marten's or any other),
    /// found in the IL with Mono.Cecil: NetArchTest sees types, not calls. A call in a lambda or an async method lives in
    /// a compiler-generated nested type; it is charged to the outermost type that wrote it.
    /// </summary>
    public static RuleResult FeaturesCallNoSaveChanges(IEnumerable<Assembly> assemblies, IReadOnlyDictionary<string, string> allowed)
    {
        var selected = new List<string>();
        var failing = new List<string>();
        foreach (var assembly in assemblies)
        {
            using var module = ModuleDefinition.ReadModule(assembly.Location);
            foreach (var type in module.Types.Where(t => t.Namespace is { } ns && FeaturesNamespace().IsMatch(ns) && !t.Name.StartsWith('<')))
            {
                var name = type.FullName;
                selected.Add(name);
                if (!allowed.ContainsKey(name) && Saves(type))
                {
                    failing.Add(name);
                }
            }
        }

        return RuleResult.From("*.Features calls no SaveChanges(Async): the unit-of-work behaviour saves", selected, failing);
    }

    private static bool Saves(TypeDefinition type) =>
        type.NestedTypes.Any(Saves) || type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions).Any(IsSaveCall);

    private static bool IsSaveCall(Instruction instruction) =>
        (instruction.OpCode == OpCodes.Call || instruction.OpCode == OpCodes.Callvirt)
        && instruction.Operand is MethodReference { Name: "SaveChangesAsync" or "SaveChanges" };

    [GeneratedRegex(@"(^|\.)Features(\.|$)")]
    private static partial Regex FeaturesNamespace();
}

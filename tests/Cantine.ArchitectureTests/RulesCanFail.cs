using System.Reflection;

namespace Cantine.ArchitectureTests;

/// <summary>The deliberately bad types of this test project, for the tests proving each rule can fail.</summary>
internal static class RulesCanFail
{
    public const string BadNamespace = "Cantine.ArchitectureTests.Deliberately_bad";

    public static readonly Assembly TestAssembly = typeof(RulesCanFail).Assembly;

    public static IReadOnlyList<Type> BadTypes(string area) =>
        [.. TestAssembly.GetTypes().Where(t => t.Namespace == $"{BadNamespace}.{area}")];

    public static string Bad(string area, string name) => $"{BadNamespace}.{area}.{name}";
}

using System.Reflection;

namespace Cantine.ArchitectureTests.Rules;

/// <summary>An assembly's name and the names of the assemblies its metadata references.</summary>
public sealed record AssemblyReferences(string Name, IReadOnlyList<string> References)
{
    public static AssemblyReferences Of(Assembly assembly) =>
        new(assembly.GetName().Name!, [.. assembly.GetReferencedAssemblies().Select(r => r.Name!)]);
}

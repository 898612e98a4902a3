using System.Reflection;

namespace Cantine.ArchitectureTests;

/// <summary>The Host assembly (referenced by this project); loading it by name keeps the rules free of Host types.</summary>
internal static class HostAssembly
{
    public const string Name = "Cantine.Host";

    private static readonly Lazy<Assembly?> Loaded = new(() =>
    {
        try
        {
            return Assembly.Load(new AssemblyName(Name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    });

    public static Assembly? TryLoad() => Loaded.Value;
}

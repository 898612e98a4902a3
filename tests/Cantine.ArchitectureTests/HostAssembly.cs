using System.Reflection;

namespace Cantine.ArchitectureTests;

/// <summary>
/// The Host, loaded by name when this project references it. TODO(integrator): add
/// <c>&lt;ProjectReference Include="..\..\src\Host\Cantine.Host\Cantine.Host.csproj" /&gt;</c> to
/// Cantine.ArchitectureTests.csproj once the Host has pages; <see cref="HostFactAttribute"/> then
/// stops skipping. Consider adding the Host to <see cref="Product.All"/> too, so that rules 4 to 6
/// also watch it (no domain, handler or integration event belongs there).
/// </summary>
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

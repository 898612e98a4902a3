namespace Cantine.ArchitectureTests;

/// <summary>A fact that needs the Host assembly, skipped (with the reason) only while it is absent.</summary>
public sealed class HostFactAttribute : FactAttribute
{
    public HostFactAttribute()
    {
        if (HostAssembly.TryLoad() is null)
        {
            Skip = $"The {HostAssembly.Name} assembly is not next to the tests: the Host has no code in this branch yet. "
                + "Add a ProjectReference to src/Host/Cantine.Host in Cantine.ArchitectureTests.csproj (see the TODO there).";
        }
    }
}

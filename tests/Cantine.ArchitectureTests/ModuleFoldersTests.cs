namespace Cantine.ArchitectureTests;

/// <summary>Every module folder under src/Modules is composed by the Host, hence checked by these rules.</summary>
public sealed class ModuleFoldersTests
{
    [Fact]
    public void Every_module_folder_is_in_the_rules_selection()
    {
        var folders = Directory.GetDirectories(Path.Combine(Repository.Root, "src", "Modules")).Select(d => "Cantine." + Path.GetFileName(d)).Order(StringComparer.Ordinal);
        Product.ModuleImplementations.Select(a => a.GetName().Name).ShouldBe(folders);
    }
}

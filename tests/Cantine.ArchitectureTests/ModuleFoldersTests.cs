namespace Cantine.ArchitectureTests;

/// <summary>Every module folder under src/Modules is composed by the Host, hence checked by these rules.</summary>
public sealed class ModuleFoldersTests
{
    [Fact]
    public void Every_module_folder_is_in_the_rules_selection()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cantine.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("the repository root (Cantine.sln) was not found above the test binaries");
        var folders = Directory.GetDirectories(Path.Combine(root.FullName, "src", "Modules")).Select(d => "Cantine." + Path.GetFileName(d)).Order(StringComparer.Ordinal);
        Product.ModuleImplementations.Select(a => a.GetName().Name).ShouldBe(folders);
    }
}

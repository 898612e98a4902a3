namespace Cantine.ArchitectureTests;

/// <summary>The repository's root folder (the one holding Cantine.sln), found above the test binaries.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cantine.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("the repository root (Cantine.sln) was not found above the test binaries");
        return root.FullName;
    }
}

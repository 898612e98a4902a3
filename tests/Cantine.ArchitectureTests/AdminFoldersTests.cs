namespace Cantine.ArchitectureTests;

/// <summary>The back office's pages are filed by module (ADR 0024): <c>Areas/Admin/Pages/&lt;Module&gt;/...</c>.</summary>
public sealed class AdminFoldersTests
{
    /// <summary>
    /// The staff sign-in pages, open to anyone, and "Tâches planifiées", the town's runs of every module's jobs (the
    /// Host schedules them; it replaced the Host's Hangfire entry, issue #18): not a module's.
    /// </summary>
    private static readonly string[] NotModules = ["Account", "Jobs"];

    [Fact]
    public void Every_back_office_folder_is_named_after_a_module()
    {
        var modules = Directory.GetDirectories(Path.Combine(Repository.Root, "src", "Modules")).Select(Path.GetFileName);
        var folders = Directory.GetDirectories(Path.Combine(Repository.Root, "src", "Host", "Cantine.Host", "Areas", "Admin", "Pages"))
            .Select(Path.GetFileName);

        folders.Except(modules).Except(NotModules).ShouldBeEmpty();
    }
}

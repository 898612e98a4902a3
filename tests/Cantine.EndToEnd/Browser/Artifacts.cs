namespace Cantine.EndToEnd.Browser;

/// <summary>Where screenshots go: <c>CANTINE_ARTIFACTS</c>, or <c>artifacts/</c> at the repository's root.</summary>
public static class Artifacts
{
    private static readonly Lazy<string> ScreenshotsFolder = new(() =>
    {
        var root = Environment.GetEnvironmentVariable("CANTINE_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "artifacts");
        var folder = Directory.CreateDirectory(Path.Combine(root, "screenshots"));
        // Once per run: the folder then holds this run's pictures only, not those of renamed or removed tests.
        foreach (var old in folder.EnumerateFiles("*.png"))
        {
            old.Delete();
        }

        return folder.FullName;
    });

    public static string Screenshot(string name) => Path.Combine(ScreenshotsFolder.Value, name + ".png");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Cantine.sln")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

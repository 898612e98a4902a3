namespace Cantine.Host.Demo;

/// <summary>The demo town's PDFs (a week's menu, the canteen rules), embedded in the host.</summary>
public static class DemoFiles
{
    public static byte[] Read(string name)
    {
        using var stream = typeof(DemoFiles).Assembly.GetManifestResourceStream("Cantine.Demo." + name)
            ?? throw new InvalidOperationException($"No demo file '{name}'.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cantine.Host.Tests.Operations;

/// <summary>Runs the repository's own scripts (<c>./cantine</c>, <c>scripts/pg.sh</c>) as an operator would.</summary>
public static class ScriptRunner
{
    /// <summary>The repository's root folder (the one holding Cantine.sln), found above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static async Task<string> RunAsync(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        // "./cantine" is the repository's script: a relative program is not looked up from WorkingDirectory.
        var start = new ProcessStartInfo(program.StartsWith("./", StringComparison.Ordinal) ? Path.Combine(Root, program[2..]) : program)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test cluster's libpq settings must not leak into a command that targets another server.
        foreach (var name in new[] { "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', start.ArgumentList)} failed:\n{output}");
        return output;
    }

    /// <summary>A TCP port nobody listens on now (for a throw-away cluster).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cantine.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("The repository root (Cantine.sln) was not found above the test binaries.");
    }
}

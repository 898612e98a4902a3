using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Cantine.Bench.Load;

/// <summary>
/// The product's host as `./cantine run` starts it (its Release build, Development settings, its own process on a
/// loopback port), on the bench's database: the process the load generator measures, and whose start and memory are P6.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address, TimeSpan coldStart)
    {
        _process = process;
        Address = address;
        ColdStart = coldStart;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>From the process's start to the first 200 of the plain page.</summary>
    public TimeSpan ColdStart { get; }

    public static async Task<HostProcess> StartAsync(string hostDll, string connectionString, string workDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(hostDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__Cantine"] = connectionString;
        start.Environment["Cantine__SeedDemo"] = "false";
        start.Environment["Messaging__PickupDirectory"] = Path.Combine(workDirectory, "mail");
        start.Environment["Messaging__PublicBaseUrl"] = address.ToString().TrimEnd('/');
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(workDirectory, $"host-{port}.log")) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host stopped while starting (exit code {process.ExitCode}); see {workDirectory}/host-{port}.log.");
            }

            try
            {
                using var response = await http.GetAsync(address);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new HostProcess(process, address, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(120))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The host did not answer within 120 s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The process's resident memory now (VmRSS) and its peak (VmHWM), in MB.</summary>
    public (double Now, double Peak) ResidentMegabytes()
    {
        double Read(string field)
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
            var kb = double.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return kb / 1024;
        }

        return (Read("VmRSS"), Read("VmHWM"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host stops as it does under a service manager.
            Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Cantine.Host.Tests.Operations;

/// <summary>
/// The product's host in a process of its own (its Release build, as <c>./cantine run --instances N</c> starts it), in
/// the Testing environment on a test class's database, so that a fault test can <c>kill -9</c> it (ADR 0038). Its clock
/// starts at the in-process host's instant (<c>Testing:ClockStartsAt</c>) and runs at the machine's pace; its Hangfire
/// server is on, polling every second, and a dead server's job is taken over after <see cref="InvisibilityTimeout"/>.
/// </summary>
public sealed class CantineProcess : IAsyncDisposable
{
    /// <summary>How long a job stays invisible to the other servers once fetched (renewed every fifth of it while its server lives).</summary>
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(5);

    private readonly Process _process;

    private CantineProcess(Process process, string name, Uri address, string log)
    {
        _process = process;
        Name = name;
        Address = address;
        Log = log;
    }

    public string Name { get; }

    public Uri Address { get; }

    public int Id => _process.Id;

    public string Log { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The host as <c>./cantine run</c> builds it (the test run builds the whole solution in Release first).</summary>
    public static string HostDll => Path.Combine(ScriptRunner.Root, "src", "Host", "Cantine.Host", "bin", "Release", "net10.0", "Cantine.Host.dll");

    /// <summary>Starts a host on <paramref name="connectionString"/> and waits until its <c>/health/ready</c> answers.</summary>
    public static async Task<CantineProcess> StartAsync(
        string name, string connectionString, DateTimeOffset clockStartsAt, int smtpPort, string folder, IReadOnlyDictionary<string, string>? settings = null)
    {
        File.Exists(HostDll).ShouldBeTrue($"{HostDll} is missing: build the solution in Release first.");
        Directory.CreateDirectory(folder);
        var port = ScriptRunner.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [HostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("OTEL_", StringComparison.Ordinal) || k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(variable);
        }

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings__Cantine"] = connectionString,
            ["Testing__ClockStartsAt"] = clockStartsAt.ToString("O", CultureInfo.InvariantCulture),
            ["Cantine__SeedDemo"] = "false",
            ["Accounts__PasswordHashIterations"] = "1000",
            ["RateLimits__SignInPerMinute"] = "100000",
            ["RateLimits__PasswordEmailsPerHour"] = "100000",
            ["Sessions__IdleTimeout"] = "30.00:00:00",
            ["Messaging__PublicBaseUrl"] = "http://cantine.test",
            ["Messaging__Smtp__Host"] = "127.0.0.1",
            ["Messaging__Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Messaging__Smtp__Security"] = "None",
            ["Messaging__Smtp__FromAddress"] = "ne-pas-repondre@cantine.test",
            ["Hangfire__Server"] = "true",
            ["Hangfire__PollSeconds"] = "1",
            ["Hangfire__InvisibilityTimeout"] = InvisibilityTimeout.ToString("c", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = Path.Combine(folder, $"{name}.log");
        var writer = new StreamWriter(log) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, e) => Write(writer, e.Data);
        process.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new CantineProcess(process, name, address, log);

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            process.HasExited.ShouldBeFalse($"{name} stopped while starting (exit code {(process.HasExited ? process.ExitCode : 0)}):\n{host.Tail()}");
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(120))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{name} did not answer /health/ready within 120 s:\n{host.Tail()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary><c>kill -9</c>: no shutdown, no flush, its connections dropped by the kernel.</summary>
    public void Kill()
    {
        using var kill = Process.Start("kill", ["-KILL", Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        _process.WaitForExit(10_000).ShouldBeTrue($"{Name} did not die");
    }

    /// <summary>The end of the host's log, for a failure's message.</summary>
    public string Tail(int lines = 60)
    {
        try
        {
            using var stream = new FileStream(Log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term!.WaitForExitAsync();
            }

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
}

using System.Diagnostics;
using System.Globalization;

namespace Cantine.Host.Tests.Operations;

/// <summary>
/// nginx in front of several instances, with the configuration <c>./cantine run --instances N</c> generates
/// (<c>scripts/nginx.sh</c>), on a free loopback port; stopped with SIGTERM so its workers stop too.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        Folder = folder;
        Address = address;
    }

    public string Folder { get; }

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(int signInPerMinute, params Uri[] instances)
    {
        var folder = Path.Combine("/tmp", "cantine-nginx-" + Guid.NewGuid().ToString("N")[..8]);
        var port = ScriptRunner.FreePort();
        await ScriptRunner.RunAsync("bash", [
            "-c", "source scripts/nginx.sh && nginx_config \"$1\" \"$2\" \"$3\" \"${@:4}\" && nginx_check \"$1\"", "nginx",
            folder, port.ToString(CultureInfo.InvariantCulture), signInPerMinute.ToString(CultureInfo.InvariantCulture),
            .. instances.Select(i => i.Port.ToString(CultureInfo.InvariantCulture))]);
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var process = Process.Start(new ProcessStartInfo(nginx, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;"]))
            ?? throw new InvalidOperationException("nginx did not start.");
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = proxy.Address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return proxy;
                }
            }
            catch (HttpRequestException) when (waited.Elapsed < TimeSpan.FromSeconds(10))
            {
            }

            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), $"nginx did not answer; see {folder}/error.log");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

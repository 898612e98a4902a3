using System.Collections.Concurrent;

namespace Cantine.Testing;

/// <summary>
/// The booted hosts that test classes of one test assembly take turns on (ADR 0025): a class borrows a free one
/// (wiped for it) or boots one when all are busy, and gives it back when its tests are done. xunit runs as many classes
/// at once as the machine has cores, so an assembly boots about that many shared hosts instead of one per class. They
/// stop when the test process ends.
/// </summary>
public static class SharedHosts
{
    private static readonly ConcurrentBag<CantineHost> Free = [];
    private static readonly ConcurrentBag<CantineHost> All = [];

    static SharedHosts() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    public static async Task<CantineHost> BorrowAsync(DateTimeOffset startsAt)
    {
        if (Free.TryTake(out var host))
        {
            await host.ResetAsync(startsAt);
            return host;
        }

        host = await CantineHost.StartAsync(startsAt, new Dictionary<string, string?>(), serveOverHttp: false);
        All.Add(host);
        return host;
    }

    public static void GiveBack(CantineHost host) => Free.Add(host);

    private static void StopAll() =>
        Task.WhenAll(All.Select(h => h.StopAsync())).Wait(TimeSpan.FromSeconds(20));
}

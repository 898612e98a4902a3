namespace Cantine.Host.Demo;

/// <summary>
/// With <c>Cantine:SeedDemo</c> on (<c>./cantine run</c>), creates the demo town once the host has started
/// (Wolverine must be running to carry the e-mails); readiness waits for it.
/// </summary>
public sealed class DemoSeedService(DemoSeeder seeder, DemoSeedState state, IHostApplicationLifetime lifetime, ILogger<DemoSeedService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            var created = await seeder.SeedAsync(stoppingToken);
            log.LogInformation(created ? "Demo town seeded" : "Demo town already present");
            state.MarkDone();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            log.LogError(exception, "Demo seed failed");
            state.MarkFailed(exception.Message);
        }
    }
}

using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Jobs;
using Hangfire;

namespace Cantine.Host.Jobs;

/// <summary>Registers (or updates) every module's recurring job at start-up; crons run in Europe/Paris.</summary>
public sealed class RecurringJobsScheduler(
    IEnumerable<RecurringJobDefinition> definitions, IRecurringJobManager manager, ILogger<RecurringJobsScheduler> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in definitions)
        {
            definition.Schedule(manager, definition.Id, new RecurringJobOptions { TimeZone = ParisTime.Zone });
            log.LogInformation("Recurring job {JobId} scheduled ({Cron}, Europe/Paris)", definition.Id, definition.Cron);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

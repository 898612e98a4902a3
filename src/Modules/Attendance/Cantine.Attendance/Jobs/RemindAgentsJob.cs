using Cantine.Attendance.Contracts.RemindAgents;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Microsoft.Extensions.Logging;

namespace Cantine.Attendance.Jobs;

/// <summary>Every 15 minutes: once a town's reminder time passed, its agents hear of today's sheets not validated (once a day).</summary>
public sealed class RemindAgentsJob(ITenantDirectory tenants, TenantScopeFactory scopes, TimeProvider clock, ILogger<RemindAgentsJob> log)
{
    public const string Id = "attendance:remind-agents";

    public const string Cron = "*/15 * * * *";

    public async Task RunAsync(CancellationToken ct)
    {
        var today = ParisTime.Today(clock);
        await scopes.SendToEveryTownAsync(
            tenants,
            () => new RemindAgentsCommand(today),
            (tenantId, listed) =>
            {
                if (listed is { IsSuccess: true, Value: > 0 })
                {
                    log.LogInformation("Reminded the agents of {Tenant} of {Count} sheets not validated", tenantId, listed.Value);
                }
            },
            ct);
    }
}

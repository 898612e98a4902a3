using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ClosePeriods;
using Microsoft.Extensions.Logging;

namespace Cantine.Reservations.Jobs;

/// <summary>Every 5 minutes: each structure's periods whose deadline passed are closed and their headcounts frozen. Idempotent.</summary>
public sealed class ClosePeriodsJob(ITenantDirectory tenants, TenantScopeFactory scopes, ILogger<ClosePeriodsJob> log)
{
    public const string Id = "reservations:close-periods";

    public const string Cron = "*/5 * * * *";

    public async Task RunAsync(CancellationToken ct)
    {
        await scopes.SendToEveryTownAsync(
            tenants,
            () => new ClosePeriodsCommand(),
            (tenantId, closed) => log.LogInformation("Closed {Count} booking periods of {Tenant}", closed.IsSuccess ? closed.Value : 0, tenantId),
            ct,
            Actors.System);
    }
}

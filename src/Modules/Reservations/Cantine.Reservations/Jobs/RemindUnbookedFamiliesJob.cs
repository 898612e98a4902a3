using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.RemindUnbookedFamilies;
using Microsoft.Extensions.Logging;

namespace Cantine.Reservations.Jobs;

/// <summary>
/// Every 15 minutes: in each structure, families with nothing booked for a period whose deadline is near are reminded,
/// once per period (ADR 0033). Catches up after downtime; never after a deadline.
/// </summary>
public sealed class RemindUnbookedFamiliesJob(ITenantDirectory tenants, TenantScopeFactory scopes, ILogger<RemindUnbookedFamiliesJob> log)
{
    public const string Id = "reservations:remind-unbooked-families";

    public const string Cron = "*/15 * * * *";

    public async Task RunAsync(CancellationToken ct)
    {
        await scopes.SendToEveryTownAsync(
            tenants,
            () => new RemindUnbookedFamiliesCommand(),
            (tenantId, reminded) =>
            {
                if (reminded is { IsSuccess: true, Value: > 0 })
                {
                    log.LogInformation("Reminded {Count} families of {Tenant} with nothing booked before a deadline", reminded.Value, tenantId);
                }
            },
            ct);
    }
}

using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.ReconcileOnlinePayments;
using Microsoft.Extensions.Logging;

namespace Cantine.Invoicing.Jobs;

/// <summary>
/// Every five minutes: each town's online payments whose notification was lost (no outcome 20 minutes after the start, then
/// with back-off) are checked with PayFiP. Catches up after downtime: every due attempt is due until checked.
/// </summary>
public sealed class ReconcileOnlinePaymentsJob(ITenantDirectory tenants, TenantScopeFactory scopes, ILogger<ReconcileOnlinePaymentsJob> log)
{
    public const string Id = "invoicing:reconcile-online-payments";

    public const string Cron = "*/5 * * * *";

    public Task RunAsync(CancellationToken ct) =>
        scopes.SendToEveryTownAsync(
            tenants,
            () => new ReconcileOnlinePaymentsCommand(),
            (tenantId, checkedCount) =>
            {
                if (!checkedCount.IsSuccess || checkedCount.Value > 0)
                {
                    log.LogInformation("Online payments of {Tenant} checked with PayFiP: {Count}", tenantId, checkedCount.IsSuccess ? checkedCount.Value : 0);
                }
            },
            ct);
}

using Cantine.Accounts.Contracts.PurgeExpiredResetTokens;
using Cantine.BuildingBlocks.Tenancy;
using Microsoft.Extensions.Logging;

namespace Cantine.Accounts.Jobs;

/// <summary>Hourly: each structure's used or expired password links are deleted. Idempotent.</summary>
public sealed class PurgeExpiredResetTokensJob(ITenantDirectory tenants, TenantScopeFactory scopes, ILogger<PurgeExpiredResetTokensJob> log)
{
    public const string Id = "accounts:purge-reset-tokens";

    public async Task RunAsync(CancellationToken ct)
    {
        await scopes.SendToEveryTownAsync(
            tenants, () => new PurgeExpiredResetTokensCommand(), (tenantId, purged) => log.LogInformation("Purged {Count} password links of {Tenant}", purged, tenantId), ct);
    }
}

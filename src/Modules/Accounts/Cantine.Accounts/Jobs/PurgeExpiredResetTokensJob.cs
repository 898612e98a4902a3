using Cantine.Accounts.Contracts.PurgeExpiredResetTokens;
using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cantine.Accounts.Jobs;

/// <summary>Hourly: each structure's used or expired password links are deleted. Idempotent.</summary>
public sealed class PurgeExpiredResetTokensJob(ITenantDirectory tenants, TenantScopeFactory scopes, ILogger<PurgeExpiredResetTokensJob> log)
{
    public const string Id = "accounts:purge-reset-tokens";

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var tenantId in await tenants.ListTenantIdsAsync(ct))
        {
            await using var scope = scopes.Create(tenantId, Actors.Job);
            var purged = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PurgeExpiredResetTokensCommand(), ct);
            log.LogInformation("Purged {Count} password links of {Tenant}", purged, tenantId);
        }
    }
}

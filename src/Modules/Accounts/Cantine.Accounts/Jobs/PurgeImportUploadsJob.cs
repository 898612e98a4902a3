using Cantine.Accounts.Contracts.PurgeImportUploads;
using Cantine.BuildingBlocks.Tenancy;
using Microsoft.Extensions.Logging;

namespace Cantine.Accounts.Jobs;

/// <summary>Hourly: each structure's expired or used CSV uploads are deleted (ADR 0018). Idempotent.</summary>
public sealed class PurgeImportUploadsJob(ITenantDirectory tenants, TenantScopeFactory scopes, ILogger<PurgeImportUploadsJob> log)
{
    public const string Id = "accounts:purge-import-uploads";

    public const string Cron = "47 * * * *";

    public async Task RunAsync(CancellationToken ct)
    {
        await scopes.SendToEveryTownAsync(
            tenants, () => new PurgeImportUploadsCommand(), (tenantId, purged) => log.LogInformation("Purged {Count} import uploads of {Tenant}", purged, tenantId), ct);
    }
}

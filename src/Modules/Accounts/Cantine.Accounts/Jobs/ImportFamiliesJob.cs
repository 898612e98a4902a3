using Cantine.Accounts.Contracts.FailFamilyImport;
using Cantine.Accounts.Contracts.ImportFamilyBatch;
using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cantine.Accounts.Jobs;

/// <summary>
/// Enqueued when an administrator confirms a large CSV: imports the run's batches one command (one transaction, one
/// scope) at a time until the run ends. It carries only the structure and the run id. A stopped server re-runs it
/// and it resumes after the last committed batch; an unexpected error ends the run as failed, with a French reason.
/// </summary>
public sealed class ImportFamiliesJob(TenantScopeFactory scopes, ILogger<ImportFamiliesJob> log)
{
    public async Task RunAsync(string tenantId, Guid runId, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await using var scope = scopes.Create(tenantId, Actors.Import);
                var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ImportFamilyBatchCommand(runId), ct);
                if (!result.IsSuccess)
                {
                    log.LogWarning("Import run {Run} of {Tenant} not found", runId, tenantId);
                    return;
                }

                if (result.Value.IsFinished)
                {
                    log.LogInformation("Import run {Run} of {Tenant} ended {Status}", runId, tenantId, result.Value.Status);
                    return;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Import run {Run} of {Tenant} failed", runId, tenantId);
            await using var scope = scopes.Create(tenantId, Actors.Import);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new FailFamilyImportCommand(runId), CancellationToken.None);
        }
    }
}

using Cantine.Accounts.Contracts.FailFamilyImport;
using Cantine.Accounts.Contracts.ImportFamilyBatch;
using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wolverine.Attributes;

namespace Cantine.Accounts.IntegrationEventHandlers;

/// <summary>
/// Imports a confirmed large CSV (ADR 0021): one <c>ImportFamilyBatchCommand</c> (one scope, one transaction) at a time
/// until the run ends. The message comes from Wolverine's durable inbox, so a server that stops mid-import handles it
/// again at start-up and the run resumes after the last committed batch; a finished run is returned unchanged, so a
/// second delivery changes nothing. An unexpected error ends the run as failed, with a French reason.
/// </summary>
public sealed class RunFamilyImportHandler
{
    /// <summary>5,000 lines took up to a minute on a loaded machine; Wolverine's default limit is 60 seconds.</summary>
    private const int TimeoutSeconds = 3600;

    /// <summary>The job's name in the town's record of its job runs ("Tâches planifiées").</summary>
    public const string Job = "RunFamilyImport";

    [MessageTimeout(TimeoutSeconds)]
    public static async Task Handle(RunFamilyImport message, TenantScopeFactory scopes, ILogger<RunFamilyImportHandler> log, CancellationToken ct)
    {
        var startedAt = scopes.Now;
        var took = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            while (true)
            {
                await using var scope = scopes.Create(message.TenantId, Actors.Import);
                var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ImportFamilyBatchCommand(message.RunId), ct);
                if (!result.IsSuccess)
                {
                    log.LogWarning("Import run {Run} not found", message.RunId);
                    return;
                }

                if (result.Value.IsFinished)
                {
                    log.LogInformation("Import run {Run} ended {Status}", message.RunId, result.Value.Status);
                    await scopes.RecordRunAsync(message.TenantId, Job, startedAt, took.Elapsed, "Ok", ct);
                    return;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Import run {Run} failed", message.RunId);
            await using var scope = scopes.Create(message.TenantId, Actors.Import);
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new FailFamilyImportCommand(message.RunId), CancellationToken.None);
            await scopes.RecordRunAsync(message.TenantId, Job, startedAt, took.Elapsed, "Failed", CancellationToken.None);
        }
    }
}

using Cantine.Accounts.Contracts.GetFamilyImportRun;
using Cantine.Accounts.Contracts.ImportFamilyBatch;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;
using Cantine.Accounts.Features.FamilyImport.Planning;
using Cantine.Accounts.Features.FamilyImport.Uploads;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.FamilyImport.ImportFamilyBatch;

/// <summary>
/// Re-reads the stored file, plans the next batch against the current data and applies it with the run's progress
/// in one transaction: a batch is applied entirely or not at all, and re-planning an applied batch finds nothing to do.
/// </summary>
public sealed class ImportFamilyBatchHandler(IDocumentSession session, Wolverine.IMessageBus bus, FileStore files, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ImportFamilyBatchCommand, Result<FamilyImportRunDto>>
{
    public async ValueTask<Result<FamilyImportRunDto>> Handle(ImportFamilyBatchCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<ImportRun>(command.RunId, ct) is not { } run)
        {
            return ImportText.FieldRefusal("Run.NotFound", nameof(command.RunId));
        }

        if (run.IsFinished)
        {
            return run.ToDto();
        }

        run = await NextAsync(run, ct);
        session.Store(run);
        return run.ToDto();
    }

    private async Task<ImportRun> NextAsync(ImportRun run, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await ImportUploads.ReadAsync(files, tenant.TenantId, run.UploadId, ct) is not { } upload)
        {
            return run.Fail(ImportText.Get("Run.UploadGone"), now);
        }

        var read = FamilyCsvReader.Read(upload.Content);
        if (!read.IsSuccess)
        {
            return run.Fail(read.Errors[0].Message, now);
        }

        var file = read.Value;
        if (run.Status == ImportRunStatus.Pending)
        {
            run = run with
            {
                Status = ImportRunStatus.Running, StartedAt = now, LinesTotal = file.LineCount, LinesRefused = file.Refused.Count, LinesDone = file.Refused.Count,
            };
        }

        var applied = run.AcceptedLinesApplied;
        var batch = ImportRuns.NextBatch(file, applied, ImportFamilyBatchCommand.BatchLines);
        if (batch.Count > 0)
        {
            var part = new FamilyCsvFile(batch.Count, batch, []);
            var plan = FamilyImportPlanner.Plan(part, await ImportState.LoadAsync(session, part, ct), tenant.TenantId, now);
            await plan.ApplyAsync(session, bus);
            run = run.Add(plan) with { LinesDone = run.LinesDone + batch.Count };
        }

        if (applied + batch.Count >= file.Lines.Count)
        {
            ImportUploads.QueueDelete(session, run.UploadId);
            run = run with { Status = ImportRunStatus.Done, LinesDone = run.LinesTotal, FinishedAt = now };
        }

        return run;
    }
}

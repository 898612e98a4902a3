using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Contracts.StartFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;
using Cantine.Accounts.Features.FamilyImport.Planning;
using Cantine.Accounts.Features.FamilyImport.Uploads;
using Cantine.Accounts.IntegrationEventHandlers;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.FamilyImport.StartFamilyImport;

/// <summary>
/// A small file is imported at once, as <c>ImportFamiliesCommand</c> does; a large one becomes a run, stored with the
/// message that starts its batches in one transaction (Marten's outbox, ADR 0021): no run without its message, no
/// message without its run.
/// </summary>
public sealed class StartFamilyImportHandler(
    IDocumentSession session, IMessageBus bus, FileStore files, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<StartFamilyImportCommand, Result<FamilyImportStartDto>>
{
    public async ValueTask<Result<FamilyImportStartDto>> Handle(StartFamilyImportCommand command, CancellationToken ct)
    {
        if (await ImportUploads.ReadAsync(files, tenant.TenantId, command.UploadId, ct) is not { } upload)
        {
            return ImportText.FieldRefusal("Upload.NotFound", nameof(command.UploadId));
        }

        var read = FamilyCsvReader.Read(upload.Content);
        if (!read.IsSuccess)
        {
            return Result<FamilyImportStartDto>.FromErrors(read.Errors);
        }

        if (read.Value.LineCount < StartFamilyImportCommand.BackgroundFrom)
        {
            var plan = FamilyImportPlanner.Plan(read.Value, await ImportState.LoadAsync(session, read.Value, ct), tenant.TenantId, clock.GetUtcNow());
            await plan.ApplyAsync(session, bus);
            ImportUploads.QueueDelete(session, command.UploadId);
            return new FamilyImportStartDto(plan.Counts, null);
        }

        // A second confirmation of the same file (a double click) follows the run already under way.
        var existing = await session.Query<ImportRun>()
            .Where(r => r.UploadId == command.UploadId && (r.Status == ImportRunStatus.Pending || r.Status == ImportRunStatus.Running))
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return new FamilyImportStartDto(null, existing.Id);
        }

        var run = ImportRun.Pending(Guid.CreateVersion7(), command.UploadId, read.Value.LineCount, clock.GetUtcNow());
        session.Store(run);
        await bus.PublishAsync(new RunFamilyImport(tenant.TenantId, run.Id));
        return new FamilyImportStartDto(null, run.Id);
    }
}

using Cantine.Accounts.Contracts.ImportFamilies;
using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Features.FamilyImport.Csv;
using Cantine.Accounts.Features.FamilyImport.Planning;
using Cantine.Accounts.Features.FamilyImport.Uploads;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.FamilyImport.ImportFamilies;

/// <summary>Re-reads the stored file (never what the browser says it previewed), plans again against the current data, applies, forgets the upload.</summary>
public sealed class ImportFamiliesHandler(IDocumentSession session, IMessageBus bus, FileStore files, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ImportFamiliesCommand, Result<ImportCountsDto>>
{
    public async ValueTask<Result<ImportCountsDto>> Handle(ImportFamiliesCommand command, CancellationToken ct)
    {
        if (await ImportUploads.ReadAsync(files, tenant.TenantId, command.UploadId, ct) is not { } upload)
        {
            return ImportText.FieldRefusal("Upload.NotFound", nameof(command.UploadId));
        }

        var read = FamilyCsvReader.Read(upload.Content);
        if (!read.IsSuccess)
        {
            return Result<ImportCountsDto>.FromErrors(read.Errors);
        }

        var plan = FamilyImportPlanner.Plan(read.Value, await ImportState.LoadAsync(session, read.Value, ct), tenant.TenantId, clock.GetUtcNow());
        await plan.ApplyAsync(session, bus);
        ImportUploads.QueueDelete(session, command.UploadId);
        return plan.Counts;
    }
}

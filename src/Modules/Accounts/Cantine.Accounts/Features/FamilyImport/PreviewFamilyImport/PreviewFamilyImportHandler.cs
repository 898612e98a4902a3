using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Features.FamilyImport.Csv;
using Cantine.Accounts.Features.FamilyImport.Planning;
using Cantine.Accounts.Features.FamilyImport.Uploads;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.FamilyImport.PreviewFamilyImport;

public sealed class PreviewFamilyImportHandler(IQuerySession session, FileStore files, ITenantContext tenant, TimeProvider clock)
    : IQueryHandler<PreviewFamilyImportQuery, FamilyImportPreviewDto?>
{
    public async ValueTask<FamilyImportPreviewDto?> Handle(PreviewFamilyImportQuery query, CancellationToken ct)
    {
        if (await ImportUploads.ReadAsync(files, tenant.TenantId, query.UploadId, ct) is not { } upload)
        {
            return null;
        }

        var read = FamilyCsvReader.Read(upload.Content);
        if (!read.IsSuccess)
        {
            return new FamilyImportPreviewDto(upload.FileName, 0, new(0, 0, 0, 0, 0, 0), 0, [], [new RefusedLineDto(1, read.Errors[0].Message)]);
        }

        var plan = FamilyImportPlanner.Plan(read.Value, await ImportState.LoadAsync(session, read.Value, ct), tenant.TenantId, clock.GetUtcNow());
        var changed = plan.ChangedLines;
        return new FamilyImportPreviewDto(
            upload.FileName, read.Value.LineCount, plan.Counts, read.Value.LineCount - changed.Count - plan.Refused.Count,
            [.. changed.Take(FamilyImportPreviewDto.MaxListedLines)], plan.Refused);
    }
}

using Cantine.Accounts.Contracts.PurgeImportUploads;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Uploads;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.FamilyImport.PurgeImportUploads;

/// <summary>
/// Every stored CSV of the tenant goes once it is older than the retention, by the product's clock; sooner if its
/// import has ended and no other run uses it. A file without its <see cref="ImportUpload"/> record was staged before
/// the retention existed: it goes too. Idempotent.
/// </summary>
public sealed class PurgeImportUploadsHandler(IDocumentSession session, FileStore files, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<PurgeImportUploadsCommand, int>
{
    public async ValueTask<int> Handle(PurgeImportUploadsCommand command, CancellationToken ct)
    {
        var ids = await files.ListIdsAsync(tenant.TenantId, ImportUploads.ContentType, ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        var staged = (await session.LoadManyAsync<ImportUpload>(ct, ids)).ToDictionary(u => u.Id);
        var runs = await session.Query<ImportRun>().Where(r => r.UploadId.IsOneOf(ids.ToArray())).ToListAsync(ct);
        var cutoff = clock.GetUtcNow() - ImportUploads.Retention;
        var expired = ids.Where(id =>
                !staged.TryGetValue(id, out var upload) || upload.StagedAt <= cutoff
                || (runs.Any(r => r.UploadId == id) && runs.Where(r => r.UploadId == id).All(r => r.IsFinished)))
            .ToList();
        foreach (var id in expired)
        {
            ImportUploads.QueueDelete(session, id);
        }

        return expired.Count;
    }
}

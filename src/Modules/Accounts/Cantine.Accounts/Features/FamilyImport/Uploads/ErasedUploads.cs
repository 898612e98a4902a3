using Cantine.BuildingBlocks.Files;
using Marten;

namespace Cantine.Accounts.Features.FamilyImport.Uploads;

/// <summary>
/// The erasure of a family also deletes, in its transaction, every staged CSV of the town that names it (issue #19):
/// a preview made before the erasure then finds no file and cannot re-create the family.
/// </summary>
internal static class ErasedUploads
{
    public static async Task<int> QueueDeleteAsync(IDocumentSession session, FileStore files, string tenantId, FamilyTrace trace, CancellationToken ct)
    {
        var deleted = 0;
        foreach (var id in await files.ListIdsAsync(tenantId, ImportUploads.ContentType, ct))
        {
            if (await ImportUploads.ReadAsync(files, tenantId, id, ct) is { } upload && trace.IsIn(upload.Content))
            {
                ImportUploads.QueueDelete(session, id);
                deleted++;
            }
        }

        return deleted;
    }
}

using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Files;
using Marten;

namespace Cantine.Accounts.Features.FamilyImport.Uploads;

/// <summary>
/// Uploaded CSVs wait in the file store (ADR 0011) between the preview and the confirmation, under their own content
/// type so that another stored file's id (a document's PDF) is never read as an import (ADR 0016).
/// </summary>
internal static class ImportUploads
{
    public const string ContentType = "text/csv";

    /// <summary>
    /// ADR 0018: an upload never outlives 24 hours. The purge runs hourly and deletes uploads from 23 hours old, so the
    /// oldest one it leaves behind is just under 24 hours old.
    /// </summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(23);

    public static async Task<(string FileName, byte[] Content)?> ReadAsync(FileStore files, string tenantId, Guid uploadId, CancellationToken ct)
    {
        var file = await files.OpenReadAsync(tenantId, uploadId, ct);
        if (file is null)
        {
            return null;
        }

        await using (file.Content)
        {
            if (file.ContentType != ContentType)
            {
                return null;
            }

            using var buffer = new MemoryStream((int)file.Size);
            await file.Content.CopyToAsync(buffer, ct);
            return (file.FileName, buffer.ToArray());
        }
    }

    public static void QueueDelete(IDocumentSession session, Guid uploadId)
    {
        session.Delete<ImportUpload>(uploadId);
        session.QueueSqlCommand($"DELETE FROM {FileStore.Table} WHERE tenant_id = ? AND id = ? AND content_type = ?", session.TenantId, uploadId, ContentType);
    }
}

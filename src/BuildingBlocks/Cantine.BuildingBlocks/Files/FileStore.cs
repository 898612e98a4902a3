using System.Data;
using System.Security.Cryptography;
using Cantine.BuildingBlocks.Persistence;
using Marten;
using Npgsql;

namespace Cantine.BuildingBlocks.Files;

/// <summary>
/// Uploaded files live in PostgreSQL (<c>cantine.stored_files</c>), so one backup holds everything (ADR 0011).
/// Writes are queued in the command's Marten session: the bytes, the events and the outbox commit together.
/// Reads stream the bytes from the database instead of loading them whole, from the town's own database (ADR 0040).
/// </summary>
public sealed class FileStore(ITownDatabases databases)
{
    public const string Table = "cantine.stored_files";

    public static void QueueSave(IDocumentSession session, Guid fileId, string fileName, string contentType, byte[] content) =>
        session.QueueSqlCommand(
            $"INSERT INTO {Table} (id, tenant_id, file_name, content_type, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?)",
            fileId, session.TenantId, fileName, contentType, (long)content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content)), content);

    /// <summary>Deletes a file of the session's tenant with the session's work (RGPD erasure of an attachment).</summary>
    public static void QueueDelete(IDocumentSession session, Guid fileId) =>
        session.QueueSqlCommand($"DELETE FROM {Table} WHERE tenant_id = ? AND id = ?", session.TenantId, fileId);

    /// <summary>The ids of this tenant's files of one content type (a purge or an erasure looks through them).</summary>
    public async Task<IReadOnlyList<Guid>> ListIdsAsync(string tenantId, string contentType, CancellationToken ct)
    {
        var dataSource = await databases.ForTownAsync(tenantId, ct);
        await using var command = dataSource.CreateCommand($"SELECT id FROM {Table} WHERE tenant_id = $1 AND content_type = $2");
        command.Parameters.Add(new() { Value = tenantId });
        command.Parameters.Add(new() { Value = contentType });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>The file of this tenant with this id, or null: another tenant's id finds nothing.</summary>
    public async Task<StoredFile?> OpenReadAsync(string tenantId, Guid fileId, CancellationToken ct)
    {
        var dataSource = await databases.ForTownAsync(tenantId, ct);
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            var command = new NpgsqlCommand($"SELECT file_name, content_type, size, content FROM {Table} WHERE tenant_id = $1 AND id = $2", connection)
            {
                Parameters = { new() { Value = tenantId }, new() { Value = fileId } },
            };
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, ct);
            if (!await reader.ReadAsync(ct))
            {
                await reader.DisposeAsync();
                await command.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            var fileName = reader.GetString(0);
            var contentType = reader.GetString(1);
            var size = reader.GetInt64(2);
            var content = await reader.GetStreamAsync(3, ct);
            return new StoredFile(fileName, contentType, size, new OwningStream(content, reader, command, connection));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

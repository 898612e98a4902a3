using Cantine.BuildingBlocks.Persistence;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Cantine.BuildingBlocks.Files;

/// <summary>Creates the files table at start-up (idempotent) in every database that holds towns; Marten manages the rest of the schema.</summary>
public sealed class FileStoreSchema(ITownDatabases databases) : IHostedService
{
    private const string Sql = $"""
        CREATE SCHEMA IF NOT EXISTS cantine;
        CREATE TABLE IF NOT EXISTS {FileStore.Table} (
            id uuid PRIMARY KEY,
            tenant_id text NOT NULL,
            file_name text NOT NULL,
            content_type text NOT NULL,
            size bigint NOT NULL,
            sha256 text NOT NULL,
            content bytea NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now());
        CREATE INDEX IF NOT EXISTS ix_stored_files_tenant ON {FileStore.Table} (tenant_id);
        """;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var dataSource in await databases.AllAsync(cancellationToken))
        {
            await CreateAsync(dataSource, cancellationToken);
        }
    }

    private static async Task CreateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.DuplicateTable)
        {
            // Another instance created it at the same moment.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

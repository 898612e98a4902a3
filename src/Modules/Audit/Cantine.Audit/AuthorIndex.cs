using Cantine.BuildingBlocks.Persistence;
using Marten;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Cantine.Audit;

/// <summary>
/// The index behind the log's filters: a town's events by author, newest first. At a million events most rows are
/// parents' bookings; the log reads only staff and jobs' rows through this index instead of scanning the table.
/// Created at start-up, after Marten's own migration: <c>AddAuditModule</c> comes after <c>AddMarten</c>, whose
/// <c>ApplyAllDatabaseChangesOnStartup</c> service starts first; the migration ignores the index by name, so it is
/// never dropped as "extra". Every database that holds towns gets it (ADR 0040).
/// </summary>
internal sealed class AuthorIndex(IDocumentStore store, ITownDatabases databases) : IHostedService
{
    public const string Name = "ix_mt_events_audit_author";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var table = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        foreach (var dataSource in await databases.AllAsync(cancellationToken))
        {
            await CreateAsync(dataSource, table, cancellationToken);
        }
    }

    private static async Task CreateAsync(NpgsqlDataSource dataSource, string table, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"CREATE INDEX IF NOT EXISTS {Name} ON {table} (tenant_id, user_name, seq_id DESC)");
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

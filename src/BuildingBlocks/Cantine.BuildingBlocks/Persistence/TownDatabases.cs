using Marten;
using Marten.Storage;
using Npgsql;
using Weasel.Postgresql;

namespace Cantine.BuildingBlocks.Persistence;

/// <summary>
/// Marten's tenancy decides where a town lives: with one database (the default) the host's own data source, as before;
/// with several, the data source of the database Marten's tenancy gives the town (ADR 0040).
/// </summary>
internal sealed class TownDatabases(NpgsqlDataSource main, IDocumentStore store) : ITownDatabases
{
    public async ValueTask<NpgsqlDataSource> ForTownAsync(string tenantId, CancellationToken ct)
    {
        var databases = await store.Storage.AllDatabases();
        return databases.Count <= 1 ? main : DataSourceOf(await store.Storage.FindOrCreateDatabase(tenantId));
    }

    public async ValueTask<IReadOnlyList<NpgsqlDataSource>> AllAsync(CancellationToken ct)
    {
        var databases = await store.Storage.AllDatabases();
        return databases.Count <= 1 ? [main] : databases.Select(DataSourceOf).ToList();
    }

    private static NpgsqlDataSource DataSourceOf(IMartenDatabase database) =>
        database is PostgresqlDatabase postgres
            ? postgres.DataSource
            : throw new InvalidOperationException($"Marten database '{database.Id}' has no PostgreSQL data source.");
}

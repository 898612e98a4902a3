using JasperFx.Descriptors;
using Marten;
using Marten.Schema;
using Marten.Storage;
using Weasel.Core.Migrations;

namespace Cantine.Host.Composition;

/// <summary>
/// Marten's static database-per-tenant tenancy, with the towns of each database conjoined (a <c>tenant_id</c> on every row,
/// as in the one-database platform), and a main database for every town the map does not list, so that a town created
/// at run time (the platform's command, a test) lives somewhere without a restart (ADR 0040). Marten's own
/// <see cref="StaticMultiTenancy"/> refuses an unlisted tenant; this delegates everything else to it.
/// </summary>
internal sealed class TownTenancy : ITenancy, IAsyncDisposable
{
    private readonly StaticMultiTenancy _inner;
    private readonly IReadOnlyDictionary<string, string> _towns;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Tenant> _unlisted = new(StringComparer.Ordinal);

    private TownTenancy(StaticMultiTenancy inner, IReadOnlyDictionary<string, string> towns)
    {
        _inner = inner;
        _towns = towns;
    }

    /// <summary>Database identifiers carry a prefix no slug can have, so a town's id never names a database.</summary>
    public static string Identifier(string database) => "db_" + database;

    /// <summary>Replaces <paramref name="options"/>' tenancy (call after <c>Connection</c>, before the store is built).</summary>
    public static void Apply(StoreOptions options, TownDatabaseMap map, Func<string, string> connectionString)
    {
        options.MultiTenantedDatabases(tenancy =>
        {
            tenancy.AddMultipleTenantDatabase(connectionString(map.MainConnectionString), Identifier(TownDatabaseMap.Main))
                .ForTenants(TownsOf(map, TownDatabaseMap.Main)).AsDefault();
            foreach (var (name, database) in map.Databases)
            {
                tenancy.AddMultipleTenantDatabase(connectionString(database), Identifier(name)).ForTenants(TownsOf(map, name));
            }
        });

        // MultiTenantedDatabases turns the default tenant off; the platform's cross-town reads use it per database.
        options.Advanced.DefaultTenantUsageEnabled = true;
        var inner = (StaticMultiTenancy)options.Tenancy;
        options.Tenancy = new TownTenancy(inner, map.Towns);
    }

    private static string[] TownsOf(TownDatabaseMap map, string database) =>
        map.Towns.Where(t => t.Value == database).Select(t => t.Key).ToArray();

    public Tenant Default => _inner.Default;

    public IDocumentCleaner Cleaner => _inner.Cleaner;

    public DatabaseCardinality Cardinality => _inner.Cardinality;

    public Tenant GetTenant(string tenantId) =>
        _towns.ContainsKey(tenantId) ? _inner.GetTenant(tenantId) : _unlisted.GetOrAdd(tenantId, id => new Tenant(id, _inner.Default.Database));

    public ValueTask<Tenant> GetTenantAsync(string tenantId) => ValueTask.FromResult(GetTenant(tenantId));

    public async ValueTask<IMartenDatabase> FindOrCreateDatabase(string tenantIdOrDatabaseIdentifier) =>
        tenantIdOrDatabaseIdentifier.StartsWith("db_", StringComparison.Ordinal)
            ? await _inner.FindOrCreateDatabase(tenantIdOrDatabaseIdentifier)
            : GetTenant(tenantIdOrDatabaseIdentifier).Database;

    public ValueTask<IMartenDatabase> FindDatabase(DatabaseId id) => ((ITenancy)_inner).FindDatabase(id);

    public bool IsTenantStoredInCurrentDatabase(IMartenDatabase database, string tenantId) =>
        ReferenceEquals(GetTenant(tenantId).Database, database);

    public ValueTask<IReadOnlyList<IDatabase>> BuildDatabases() => _inner.BuildDatabases();

    public ValueTask<DatabaseUsage> DescribeDatabasesAsync(CancellationToken token) => _inner.DescribeDatabasesAsync(token);

    public void Dispose() => _inner.Dispose();

    public ValueTask DisposeAsync() => _inner.DisposeAsync();
}

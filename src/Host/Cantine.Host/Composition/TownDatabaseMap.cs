using Cantine.BuildingBlocks.Tenancy;

namespace Cantine.Host.Composition;

/// <summary>
/// Which PostgreSQL database holds which town (ADR 0040). <c>ConnectionStrings:Cantine</c> is the main database: it holds
/// every town not listed, and the platform's own state (Wolverine's nodes and agents, Hangfire, Data Protection keys).
/// <c>Persistence:Databases:{name}</c> adds a database (a connection string, on any PostgreSQL server) and
/// <c>Persistence:Towns:{slug}</c> names the database of a town. Without either section the platform runs on the one
/// database exactly as before.
/// </summary>
public sealed record TownDatabaseMap(string MainConnectionString, IReadOnlyDictionary<string, string> Databases, IReadOnlyDictionary<string, string> Towns)
{
    /// <summary>The name of the database of <c>ConnectionStrings:Cantine</c> in <c>Persistence:Towns</c>.</summary>
    public const string Main = "main";

    /// <summary>True when every town lives in the main database (no <c>Persistence:Databases</c>).</summary>
    public bool IsSingle => Databases.Count == 0;

    public static TownDatabaseMap From(IConfiguration configuration)
    {
        var databases = configuration.GetSection("Persistence:Databases").GetChildren()
            .Where(d => !string.IsNullOrWhiteSpace(d.Value))
            .ToDictionary(d => d.Key, d => d.Value!, StringComparer.Ordinal);
        var towns = configuration.GetSection("Persistence:Towns").GetChildren()
            .Where(t => !string.IsNullOrWhiteSpace(t.Value))
            .ToDictionary(t => t.Key, t => t.Value!, StringComparer.Ordinal);
        if (databases.ContainsKey(Main))
        {
            throw new InvalidOperationException($"'Persistence:Databases:{Main}' is ConnectionStrings:Cantine's name; give the other databases other names.");
        }

        foreach (var (slug, database) in towns)
        {
            if (!TenantSlug.IsValid(slug))
            {
                throw new InvalidOperationException($"'Persistence:Towns:{slug}': not a town's slug.");
            }

            if (database != Main && !databases.ContainsKey(database))
            {
                throw new InvalidOperationException($"'Persistence:Towns:{slug}' names the database '{database}', which 'Persistence:Databases' does not list.");
            }
        }

        return new TownDatabaseMap(configuration.ConnectionString(), databases, towns);
    }
}

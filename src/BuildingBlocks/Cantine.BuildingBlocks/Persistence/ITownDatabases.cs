using Npgsql;

namespace Cantine.BuildingBlocks.Persistence;

/// <summary>
/// The PostgreSQL database that holds a town's data, for the few statements that do not go through a Marten session (the
/// file store's reads, what start-up creates beside Marten's schema). One database by default; several when the platform
/// spreads its towns over databases (ADR 0040), and then each town's own.
/// </summary>
public interface ITownDatabases
{
    /// <summary>The database of the town <paramref name="tenantId"/>.</summary>
    ValueTask<NpgsqlDataSource> ForTownAsync(string tenantId, CancellationToken ct);

    /// <summary>Every database that holds towns (one by default).</summary>
    ValueTask<IReadOnlyList<NpgsqlDataSource>> AllAsync(CancellationToken ct);
}

namespace Cantine.Host.Tests.Operations;

/// <summary>
/// A brand-new PostgreSQL cluster (initdb) on a free port, made and stopped by the same <c>scripts/pg.sh</c> and binaries
/// that <c>./cantine run</c> uses: what a new machine has before a restore.
/// </summary>
public sealed class ScratchCluster : IAsyncDisposable
{
    private ScratchCluster(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    public string Folder { get; }

    public int Port { get; }

    /// <summary>libpq's variables that point <c>./cantine backup|restore</c> at this cluster.</summary>
    public IReadOnlyDictionary<string, string> Libpq => new Dictionary<string, string>
    {
        ["PGHOST"] = "127.0.0.1",
        ["PGPORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PGUSER"] = "postgres",
    };

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    public static async Task<ScratchCluster> StartAsync()
    {
        // Short and reachable by the postgres user when the tests run as root (Unix socket paths are limited to 107 bytes).
        var folder = Path.Combine("/tmp", "cantine-scratch-" + Guid.NewGuid().ToString("N")[..8]);
        var cluster = new ScratchCluster(folder, ScriptRunner.FreePort());
        await ScriptRunner.RunAsync("bash", [
            "-c", "source scripts/pg.sh && pg_cluster_start \"$1\" \"$2\" -c fsync=off -c synchronous_commit=off",
            "pg", folder, cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return cluster;
    }

    /// <summary>Creates <paramref name="database"/> on this cluster.</summary>
    public async Task CreateDatabaseAsync(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stops the server (<c>pg_ctl stop -m fast</c>, as <c>./cantine</c> does): open connections are dropped.</summary>
    public Task StopServerAsync() =>
        ScriptRunner.RunAsync("bash", ["-c", "source scripts/pg.sh && pg_cluster_stop \"$1\"", "pg", Folder]);

    /// <summary>Starts the stopped server again, on the same port and data.</summary>
    public Task StartServerAsync() =>
        ScriptRunner.RunAsync("bash", [
            "-c", "source scripts/pg.sh && pg_cluster_start \"$1\" \"$2\" -c fsync=off -c synchronous_commit=off",
            "pg", Folder, Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await ScriptRunner.RunAsync("bash", ["-c", "source scripts/pg.sh && pg_cluster_stop \"$1\"", "pg", Folder]);
        Directory.Delete(Folder, recursive: true);
    }
}

using Npgsql;

namespace Cantine.Testing;

/// <summary>
/// A fresh PostgreSQL database for one test class, on the throw-away cluster that <c>./cantine test</c>
/// starts (<c>CANTINE_TEST_PG</c>). Never an in-memory fake.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _server;

    private TestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("CANTINE_TEST_PG")
        ?? throw new InvalidOperationException("CANTINE_TEST_PG is not set: run the tests with ./cantine test, which starts a throw-away PostgreSQL.");

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = ServerConnectionString;
        var database = new TestDatabase(server, "t_" + Guid.NewGuid().ToString("N")[..20]);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

using System.Globalization;
using Npgsql;

namespace Cantine.Bench;

/// <summary>
/// What the product's tables hold and weigh (ADR 0040): for every table of the product's schemas, its exact row count, its
/// heap, TOAST and index bytes (pg_total_relation_size) and the bytes per row; then the events by type with their average
/// row and JSON sizes. Run after ANALYZE on a seeded database.
/// </summary>
public static class SizeReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task PrintAsync(string connectionString, Action<string> say)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, "VACUUM ANALYZE");

        var tables = new List<(string Schema, string Name)>();
        await using (var list = new NpgsqlCommand(
            "SELECT schemaname, tablename FROM pg_tables WHERE schemaname IN ('cantine', 'wolverine', 'hangfire', 'platform') ORDER BY 1, 2", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        say("Table | rows | heap bytes | TOAST bytes | index bytes | total bytes | total bytes/row");
        long allBytes = 0;
        foreach (var (schema, name) in tables)
        {
            var qualified = $"\"{schema}\".\"{name}\"";
            await using var command = new NpgsqlCommand(
                $"""
                SELECT (SELECT count(*) FROM {qualified}),
                       pg_relation_size('{qualified}'),
                       pg_total_relation_size('{qualified}') - pg_relation_size('{qualified}') - pg_indexes_size('{qualified}'),
                       pg_indexes_size('{qualified}'),
                       pg_total_relation_size('{qualified}')
                """, connection) { CommandTimeout = 600 };
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var rows = reader.GetInt64(0);
            var totalBytes = reader.GetInt64(4);
            allBytes += totalBytes;
            if (rows == 0)
            {
                continue;
            }

            say(string.Create(Invariant,
                $"{schema}.{name} | {rows:N0} | {reader.GetInt64(1):N0} | {reader.GetInt64(2):N0} | {reader.GetInt64(3):N0} | {totalBytes:N0} | {totalBytes / rows:N0}"));
        }

        var databaseBytes = await Scalar(connection, "SELECT pg_database_size(current_database())");
        say(string.Create(Invariant, $"All tables of the four schemas: {allBytes:N0} bytes; pg_database_size: {databaseBytes:N0} bytes"));

        say("Event type | tenant | events | avg row bytes | avg data (jsonb) bytes");
        await using (var events = new NpgsqlCommand(
            """
            SELECT type, tenant_id, count(*), avg(pg_column_size(e.*))::bigint, avg(pg_column_size(e.data))::bigint
            FROM cantine.mt_events e GROUP BY type, tenant_id ORDER BY tenant_id, count(*) DESC
            """, connection) { CommandTimeout = 600 })
        await using (var reader = await events.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                say(string.Create(Invariant, $"{reader.GetString(0)} | {reader.GetString(1)} | {reader.GetInt64(2):N0} | {reader.GetInt64(3):N0} | {reader.GetInt64(4):N0}"));
            }
        }

        say("Document table | tenant | rows | avg row bytes");
        var tenanted = new HashSet<string>(StringComparer.Ordinal);
        await using (var columns = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'cantine' AND column_name = 'tenant_id'", connection))
        await using (var reader = await columns.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tenanted.Add(reader.GetString(0));
            }
        }

        foreach (var (schema, name) in tables.Where(t => t.Schema == "cantine" && t.Name.StartsWith("mt_doc_", StringComparison.Ordinal) && tenanted.Contains(t.Name)))
        {
            await using var command = new NpgsqlCommand(
                $"SELECT tenant_id, count(*), avg(pg_column_size(d.*))::bigint FROM \"{schema}\".\"{name}\" d GROUP BY tenant_id ORDER BY tenant_id", connection) { CommandTimeout = 600 };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                say(string.Create(Invariant, $"{name} | {reader.GetString(0)} | {reader.GetInt64(1):N0} | {reader.GetInt64(2):N0}"));
            }
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1200 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(), Invariant);
    }
}

using System.Text;
using Npgsql;

namespace Cantine.Accounts.Tests.Features.Rgpd;

/// <summary>
/// Searches every table of the product's schemas (Marten's and the file store's, Wolverine's, Hangfire's) for values,
/// in the rows' text and in their <c>bytea</c> columns decoded as UTF-8 and as Windows-1252 (uploaded CSVs, message
/// bodies). A match is allowed only in <see cref="TimeLimited"/>: rows that their owner deletes by itself, soon.
/// </summary>
public static class DatabaseScan
{
    private static readonly string[] Schemas = ["cantine", "wolverine", "hangfire"];

    /// <summary>
    /// Table → the condition of its rows that may hold erased data, and why (ADR 0018): a handled message's envelope is
    /// kept by Wolverine until <c>keep_until</c>, then deleted by its durability agent. A row without that date is a match.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TimeLimited = new Dictionary<string, string>
    {
        ["wolverine.wolverine_incoming_envelopes"] = "keep_until IS NOT NULL",
    };

    public static async Task<IReadOnlyList<string>> TablesContainingAsync(string connectionString, IReadOnlyList<string> values)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column, string Type)>();
        await using (var list = new NpgsqlCommand(
            "SELECT c.table_schema || '.' || c.table_name, c.column_name, c.data_type FROM information_schema.columns c " +
            "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name " +
            "WHERE c.table_schema = ANY($1) AND t.table_type = 'BASE TABLE'", connection) { Parameters = { new() { Value = Schemas } } })
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        columns.ShouldContain(c => c.Table == "cantine.stored_files" && c.Column == "content" && c.Type == "bytea");
        columns.ShouldContain(c => c.Table == "wolverine.wolverine_incoming_envelopes");
        var found = new List<string>();
        foreach (var table in columns.Select(c => c.Table).Distinct())
        {
            var quoted = string.Join('.', table.Split('.').Select(p => $"\"{p}\""));
            var rows = TimeLimited.TryGetValue(table, out var kept) ? $"NOT ({kept})" : "true";
            foreach (var value in values)
            {
                await using var text = new NpgsqlCommand($"SELECT count(*) FROM {quoted} t WHERE {rows} AND strpos(lower(t::text), lower($1)) > 0", connection)
                {
                    Parameters = { new() { Value = value } },
                };
                if ((long)(await text.ExecuteScalarAsync())! > 0)
                {
                    found.Add($"{table}: {value}");
                }
            }

            foreach (var (_, column, _) in columns.Where(c => c.Table == table && c.Type == "bytea"))
            {
                await using var bytes = new NpgsqlCommand($"SELECT \"{column}\" FROM {quoted} t WHERE {rows} AND \"{column}\" IS NOT NULL", connection);
                await using var reader = await bytes.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var content = (byte[])reader.GetValue(0);
                    var decoded = Encoding.UTF8.GetString(content) + "\n" + Encoding.GetEncoding(1252).GetString(content);
                    found.AddRange(values.Where(v => decoded.Contains(v, StringComparison.OrdinalIgnoreCase)).Select(v => $"{table}.{column} (bytea): {v}"));
                }
            }
        }

        return [.. found.Distinct()];
    }
}

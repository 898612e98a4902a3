using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Npgsql;
using Shouldly;

namespace Cantine.Testing;

/// <summary>
/// The recurring jobs as Hangfire's PostgreSQL storage holds them, for tests that run the real schedulers of several
/// servers (ADR 0039): list them, hold them (no real occurrence falls inside a test), make them all due at once, and read
/// back which background jobs each occurrence created and how often a worker ran each.
/// </summary>
public static class RecurringJobsInStorage
{
    /// <summary>Once a year (1 January, 00:00): no occurrence of its own comes due while a test runs.</summary>
    private const string Held = "0 0 1 1 *";

    public static IReadOnlyList<RecurringJobDto> List(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs();
    }

    /// <summary>
    /// Moves every recurring job's schedule out of the tests' way (the servers' own schedulers keep polling): its cron
    /// to once a year and its next occurrence to the next 1 January. What a job does is unchanged.
    /// </summary>
    public static async Task HoldAsync(TestDatabase database, JobStorage storage)
    {
        foreach (var job in List(storage))
        {
            await SetAsync(database, job.Id, Held, lastExecution: null, score: "extract(epoch from date_trunc('year', now()) + interval '1 year')");
        }
    }

    /// <summary>
    /// Makes one occurrence of every recurring job due now for whichever server's scheduler polls first (the database's
    /// clock is Hangfire's): its last execution is set long ago and its place in the schedule to the past. Hangfire's
    /// relaxed misfire handling then creates one background job per recurring job, however many occurrences were missed.
    /// </summary>
    public static async Task MakeDueAsync(TestDatabase database, JobStorage storage)
    {
        foreach (var job in List(storage))
        {
            await SetAsync(database, job.Id, Held, lastExecution: new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), score: "0");
        }
    }

    /// <summary>The highest background job id so far: the runs a test counts are those after it.</summary>
    public static async Task<long> LastJobIdAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select coalesce(max(id), 0) from hangfire.job", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Each background job created from a recurring job after <paramref name="after"/>: its state, how many times a worker took it, and the last server that did.</summary>
    public static async Task<IReadOnlyList<Run>> RunsAfterAsync(TestDatabase database, long after)
    {
        const string sql = """
            select p.value, j.id, j.statename,
                   (select count(*) from hangfire.state s where s.jobid = j.id and s.name = 'Processing'),
                   (select s.data::jsonb ->> 'ServerId' from hangfire.state s where s.jobid = j.id and s.name = 'Processing' order by s.id desc limit 1)
            from hangfire.job j join hangfire.jobparameter p on p.jobid = j.id and p.name = 'RecurringJobId'
            where j.id > $1 order by j.id
            """;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = after } } };
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<Run>();
        while (await reader.ReadAsync())
        {
            runs.Add(new Run(
                SerializationHelper.Deserialize<string>(reader.GetString(0)), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return runs;
    }

    private static async Task SetAsync(TestDatabase database, string id, string cron, DateTime? lastExecution, string score)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var fields = new Dictionary<string, string>
        {
            ["Cron"] = cron,
            ["LastExecution"] = lastExecution is { } last ? JobHelper.SerializeDateTime(last) : "",
        };
        foreach (var (field, value) in fields)
        {
            await using var hash = new NpgsqlCommand(
                "update hangfire.hash set value = $3 where key = $1 and field = $2", connection, transaction)
            {
                Parameters = { new() { Value = "recurring-job:" + id }, new() { Value = field }, new() { Value = value } },
            };
            if (await hash.ExecuteNonQueryAsync() == 0)
            {
                await using var insert = new NpgsqlCommand("insert into hangfire.hash (key, field, value) values ($1, $2, $3)", connection, transaction)
                {
                    Parameters = { new() { Value = "recurring-job:" + id }, new() { Value = field }, new() { Value = value } },
                };
                await insert.ExecuteNonQueryAsync();
            }
        }

        await using var set = new NpgsqlCommand(
            $"update hangfire.set set score = {score} where key = 'recurring-jobs' and value = $1", connection, transaction)
        {
            Parameters = { new() { Value = id } },
        };
        (await set.ExecuteNonQueryAsync()).ShouldBe(1, $"recurring job {id} is not in the schedule");
        await transaction.CommitAsync();
    }

    /// <param name="RecurringJobId">The recurring job the background job was created for.</param>
    /// <param name="Processed">How many times a worker started it (once, unless a worker died or both took it).</param>
    /// <param name="ServerId">The Hangfire server whose worker last ran it (each host's server has its own id).</param>
    public sealed record Run(string RecurringJobId, long JobId, string? State, long Processed, string? ServerId);
}

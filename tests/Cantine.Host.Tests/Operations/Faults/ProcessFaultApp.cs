using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Npgsql;

namespace Cantine.Host.Tests.Operations.Faults;

/// <summary>
/// A fault test class's world (ADR 0038): the town is seeded through the real commands by an in-process host on the
/// class's own database; that host is then stopped (so that nothing in the test process handles messages or jobs), and
/// real host processes (<see cref="CantineProcess"/>) serve the database, on the in-process clock's instant.
/// </summary>
public abstract class ProcessFaultApp : CantineApp
{
    private readonly List<CantineProcess> _processes = [];

    /// <summary>Where the processes' logs go (a failure's message quotes their end; the folder goes with the class).</summary>
    public string Folder { get; } = Path.Combine("/tmp", "cantine-faults-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The class's database, for the processes and for reading what they stored.</summary>
    public virtual string ConnectionString => Database.ConnectionString;

    protected override bool SharesHost => false;

    /// <summary>Stops the in-process host (it seeded the town); the database, the SMTP server and the clock stay.</summary>
    protected async Task StopInProcessHostAsync() => await ((Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>)Host).DisposeAsync();

    /// <summary>Starts <paramref name="count"/> host processes at once on the class's database, at the clock's instant.</summary>
    protected async Task<CantineProcess[]> StartProcessesAsync(int count, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var started = await Task.WhenAll(Enumerable.Range(1, count).Select(i =>
            CantineProcess.StartAsync($"host-{i}", connectionString, Clock.GetUtcNow(), Smtp.Port, Folder, settings)));
        _processes.AddRange(started);
        return started;
    }

    /// <summary>
    /// <paramref name="count"/> families of one guardian (password <see cref="TestTown.Password"/>) and one child enrolled
    /// in <paramref name="service"/>, made a few at a time.
    /// </summary>
    protected async Task<IReadOnlyList<FaultFamily>> FamiliesAsync(string slug, Guid service, int count)
    {
        var families = new FaultFamily[count];
        foreach (var chunk in Enumerable.Range(0, count).Chunk(8))
        {
            await Task.WhenAll(chunk.Select(async i =>
            {
                var name = $"Famille{i:00}";
                var login = $"famille{i:00}-{slug}";
                var family = Ok(await SendAsync(slug, s => s.Send(new RegisterFamilyCommand(name))));
                var guardian = Ok(await SendAsync(slug, s => s.Send(new RegisterGuardianCommand(family, "Mme", "Camille", name, $"{login}@familles.test", "06 00 00 00 00", login))));
                Ok(await SendAsync(slug, s => s.Send(new SetPasswordCommand(guardian.UserId, TestTown.Password))));
                var child = Ok(await SendAsync(slug, s => s.Send(new RegisterChildCommand(family, "Alix", name, new DateOnly(2019, 1, 1), "École A", "CP"))));
                families[i] = new FaultFamily(family, child, login);
            }));
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        foreach (var family in families)
        {
            // The child reaches Reservations by a message: enrol it once it is there.
            while (await SendAsync(slug, async s => await s.Send(new GetChildEnrolmentsQuery(family.ChildId))) is null)
            {
                waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), $"{slug}: the children did not reach Reservations");
                await Task.Delay(50);
            }

            Ok(await SendAsync(slug, s => s.Send(new EnrolChildCommand(family.ChildId, service))));
        }

        return families;
    }

    /// <summary>The class's database without the pool (whose connections a restarted server has dropped).</summary>
    private string Unpooled => new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;

    /// <summary>One value read from the class's database.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The rows of a query on the class's database, each as its columns' values.</summary>
    public async Task<IReadOnlyList<object[]>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await base.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));

    private static void Ok(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }
}

/// <summary>A family of the fault tests: one child, one guardian whose login is <paramref name="Login"/>.</summary>
public sealed record FaultFamily(Guid FamilyId, Guid ChildId, string Login);

/// <summary>The fault test classes run one after the other: each loads the machine and measures how long recovery takes.</summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection
{
    public const string Name = "Process faults";
}

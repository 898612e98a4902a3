using System.Globalization;
using Cantine.Invoicing.Jobs;
using Cantine.Reservations.Contracts.SubmitBookings;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using Xunit.Abstractions;

namespace Cantine.Host.Tests.Operations.Faults;

/// <summary>
/// Issue #18, ADR 0038: a Hangfire worker killed mid-job. Two real host processes, both running a Hangfire server; the
/// monthly invoice job (<see cref="MonthlyInvoiceBatchJob"/>) is triggered and held mid-run (the test holds a lock on
/// the billing rules it reads first); the host running it is killed with <c>kill -9</c>. The other host fetches the
/// job again once its invisibility timeout has passed without the dead server renewing it (seconds here, minutes in
/// production: <c>Hangfire:InvisibilityTimeout</c>), runs it, and the month is issued once: one batch, each family's
/// invoice once, numbers 1..N with no gap.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsCollection.Name)]
public sealed class KilledJobServerTests(KilledJobServerTests.App app, ITestOutputHelper output) : IClassFixture<KilledJobServerTests.App>
{
    private const int ExtraFamilies = 10;

    public sealed class App : ProcessFaultApp
    {
        public const string Slug = "brest";

        public int BilledFamilies { get; private set; }

        public CantineProcess[] Hosts { get; private set; } = [];

        protected override async Task SeedAsync()
        {
            var town = await ReservationsTown.CreateAsync(this, Slug);
            var monday = await town.OpenWeekAsync(this);
            var families = await FamiliesAsync(Slug, town.FirstService, ExtraFamilies);
            var days = Enumerable.Range(0, 5).Select(monday.AddDays).Where(d => d.DayOfWeek != DayOfWeek.Wednesday).ToList();
            var bookings = families.Select(f => (f.FamilyId, Cells: days.Select(d => new BookingCellInput(f.ChildId, town.FirstService, d)).ToList()))
                .Append((town.Town.Family.FamilyId, days.Select(d => new BookingCellInput(town.Leo, town.FirstService, d)).ToList()))
                .Append((town.Town.OtherFamily.FamilyId, [new BookingCellInput(town.Tom, town.FirstService, monday)]));
            foreach (var (family, cells) in bookings)
            {
                var version = (await town.SheetAsync(this, family, monday)).Version;
                var (result, _) = await this.SendTrackedAsync(Slug, s => s.Send(new SubmitBookingsCommand(family, monday, cells, version, Guid.NewGuid())));
                result.IsSuccess.ShouldBeTrue();
                BilledFamilies++;
            }

            // The 10th of the next month: the town's batch day (the 5th) has come, last month is due.
            Clock.SetParisTime(new DateOnly(monday.Year, monday.Month, 1).AddMonths(1).AddDays(9).ToDateTime(new TimeOnly(9, 0)));
            await StopInProcessHostAsync();
            Hosts = await StartProcessesAsync(2, ConnectionString);
        }
    }

    [Fact]
    public async Task The_job_of_a_killed_server_runs_again_on_the_other_and_issues_the_month_once()
    {
        var storageOptions = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(app.ConnectionString, storageOptions), storageOptions);

        // The billing rules locked: the job, once fetched, waits on its first read, mid-run.
        await using var blocker = new NpgsqlConnection(app.ConnectionString);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE cantine.mt_doc_invoicing_billing_settings IN ACCESS EXCLUSIVE MODE", blocker, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var job = long.Parse(new RecurringJobManager(storage).TriggerJob(MonthlyInvoiceBatchJob.Id), CultureInfo.InvariantCulture);
        var running = await UntilAsync(async () => (await ServersAsync(job)) is [var server] ? server : null, "no server took the job");
        await UntilAsync(async () => await app.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()") > 0 ? "" : null,
            "the job did not reach the billing rules");
        var killed = app.Hosts.Single(h => running.Contains($":{h.Id}:", StringComparison.Ordinal));
        var survivor = app.Hosts.Single(h => h != killed);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        killed.Kill();
        await hold.RollbackAsync();

        // The survivor fetches it again once it has been invisible for the timeout, and runs it to the end.
        var servers = await UntilAsync(async () => await ServersAsync(job) is { Count: 2 } both ? both : null, $"the survivor did not take the job over:\n{survivor.Tail()}");
        var takeover = watch.Elapsed;
        await UntilAsync(async () => await app.ScalarAsync<string>($"SELECT statename FROM hangfire.job WHERE id = {job}") == "Succeeded" ? "" : null,
            $"the job did not succeed on the survivor:\n{survivor.Tail()}");
        await UntilAsync(async () => await app.ScalarAsync<long>("SELECT count(*) FROM cantine.mt_doc_invoicing_batch WHERE data->>'completedAt' IS NOT NULL") == 1 ? "" : null,
            $"the batch did not complete:\n{survivor.Tail()}");

        output.WriteLine($"job {job}: began on {servers[0]}, killed; began again on {servers[1]} {takeover.TotalSeconds:N1} s after the kill; batch completed {watch.Elapsed.TotalSeconds:N1} s after the kill");
        servers[1].ShouldContain($":{survivor.Id}:");
        // Not at once: once the dead server's last renewal (every fifth of the timeout) is a timeout old.
        takeover.ShouldBeGreaterThanOrEqualTo(CantineProcess.InvisibilityTimeout / 2, "not before the dead server's job became visible again");
        takeover.ShouldBeLessThan(CantineProcess.InvisibilityTimeout + TimeSpan.FromSeconds(20));
        (await app.ScalarAsync<long>("SELECT count(*) FROM cantine.mt_events WHERE type = 'invoice_batch_started'")).ShouldBe(1);
        var invoices = (await app.RowsAsync("""
            SELECT (data->>'sequence')::int, data->>'number', data->>'familyId' FROM cantine.mt_doc_invoicing_invoice
            WHERE data->>'kind' = 'Invoice' ORDER BY 1
            """)).Select(r => (Sequence: (int)r[0], Number: (string)r[1], Family: (string)r[2])).ToList();
        invoices.Select(i => i.Sequence).ShouldBe(Enumerable.Range(1, app.BilledFamilies));
        invoices.Select(i => i.Number).Distinct().Count().ShouldBe(app.BilledFamilies);
        invoices.Select(i => i.Family).Distinct().Count().ShouldBe(app.BilledFamilies, "each family billed once");
    }

    /// <summary>The servers that began the job, in order (each Processing state names its server: name, process id, …).</summary>
    private async Task<IReadOnlyList<string>> ServersAsync(long job) =>
        [.. (await app.RowsAsync($"SELECT data::jsonb->>'ServerId' FROM hangfire.state WHERE jobid = {job} AND name = 'Processing' ORDER BY id")).Select(r => (string)r[0])];

    private static async Task<T> UntilAsync<T>(Func<Task<T?>> read, string failure)
        where T : class
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (await read() is { } value)
            {
                return value;
            }

            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), failure);
            await Task.Delay(100);
        }
    }
}

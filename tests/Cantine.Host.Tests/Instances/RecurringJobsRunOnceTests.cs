using Cantine.Accounts.Jobs;
using Cantine.Attendance.Jobs;
using Cantine.Audit.JobRuns;
using Cantine.BuildingBlocks.Jobs;
using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Cantine.Invoicing.Contracts.ListInvoices;
using Cantine.Invoicing.Jobs;
using Cantine.Reservations.Jobs;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cantine.Host.Tests.Instances;

/// <summary>
/// Issue #18, ADR 0039: two production instances on one database (balanced Wolverine, a Hangfire server each) run each
/// recurring job once per occurrence. Every recurring job that Hangfire's storage lists (so a job added later is covered
/// without touching this test) is made due for both servers' schedulers at once: each occurrence creates one background
/// job, taken by one worker of one server, and its effects happen once — the booking periods past their deadline closed
/// once, one reminder per family, one invoice batch for the town's month with each family invoiced once, one run in the
/// town's own job record.
/// </summary>
[Trait("Category", "Instances")]
public sealed class RecurringJobsRunOnceTests(RecurringJobsRunOnceTests.App app) : IClassFixture<RecurringJobsRunOnceTests.App>
{
    public sealed class App : TwoProductionNodes
    {
        public InvoicingTown Town { get; private set; } = null!;

        protected override async Task SeedTownsAsync()
        {
            // Last month booked and not yet issued; then a Tuesday of this month at 09:00: past the batch day (the 5th),
            // past the deadlines of the booked weeks, and two days before the next week's deadline (its reminder is due).
            Town = await InvoicingTown.CreateAsync(this, "lyon", issue: false);
            var day = Clock.ParisToday();
            while (day.DayOfWeek != DayOfWeek.Tuesday)
            {
                day = day.AddDays(1);
            }

            Clock.SetParisTime(day.ToDateTime(new TimeOnly(9, 0)));
            AlignClocks();
        }
    }

    [Fact]
    public async Task Every_recurring_job_made_due_on_both_servers_runs_once_with_its_effects_once()
    {
        var declared = app.Services.GetServices<RecurringJobDefinition>().Select(d => d.Id).ToList();
        var stored = RecurringJobsInStorage.List(app.Storage).Select(j => j.Id).ToList();
        stored.ShouldBe(declared, ignoreOrder: true);
        stored.ShouldBeSubsetOf(RecurringJobsInStorage.List(app.Second.Services.GetRequiredService<Hangfire.JobStorage>()).Select(j => j.Id));
        stored.ShouldContain(ClosePeriodsJob.Id);
        stored.ShouldContain(RemindUnbookedFamiliesJob.Id);
        stored.ShouldContain(MonthlyInvoiceBatchJob.Id);
        stored.ShouldContain(OpenSheetsJob.Id);
        stored.ShouldContain(PurgeExpiredResetTokensJob.Id);
        var before = await RecurringJobsInStorage.LastJobIdAsync(app.Database);

        await RecurringJobsInStorage.MakeDueAsync(app.Database, app.Storage);
        var runs = await FinishedRunsAsync(before, stored.Count);
        // Both schedulers poll every second: a duplicate would have been created by now.
        await Task.Delay(TimeSpan.FromSeconds(3));
        runs = await RecurringJobsInStorage.RunsAfterAsync(app.Database, before);

        runs.Select(r => r.RecurringJobId).ShouldBe(stored, ignoreOrder: true, "one background job per recurring job and occurrence");
        runs.ShouldAllBe(r => r.State == "Succeeded" && r.Processed == 1, string.Join("\n", runs));
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession(app.Town.Slug);
        var activity = await session.Query<JobActivity>().ToListAsync();
        new[] { "ClosePeriodsCommand", "RemindUnbookedFamiliesCommand", "IssueDueInvoicesCommand", "OpenSheetsCommand" }.ShouldBeSubsetOf(activity.Select(a => a.Id));
        activity.ShouldAllBe(a => a.Runs.Count == 1 && a.Runs[0].Outcome == "Ok", string.Join("\n", activity.Select(a => $"{a.Id}: {string.Join(", ", a.Runs)}")));

        (await ClosedPeriodsAsync()).ShouldBeGreaterThan(0);
        await BatchCompletedAsync();
        (await BatchStartsAsync()).ShouldBe(1);
        var invoices = (await app.SendAsync(app.Town.Slug, s => s.Send(new ListInvoicesQuery(null, app.Town.Month, null)))).Rows;
        invoices.Select(i => i.FamilyId).ShouldBe([app.Town.Town.Family.FamilyId, app.Town.Town.OtherFamily.FamilyId], ignoreOrder: true);
        // Both families have nothing booked in next week: each guardian is reminded once, by whichever instance ran the job
        // (the e-mail leaves through Wolverine after the job, so it is waited for).
        string[] guardians = [app.Town.Town.Family.Guardian.Email, app.Town.Town.OtherFamily.Guardian.Email];
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Reminders().Count < guardians.Length)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), "reminders received: " + string.Join(", ", Reminders()));
            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Reminders().ShouldBe(guardians, ignoreOrder: true);
    }

    private List<string> Reminders() => [.. app.Smtp.Messages.Concat(app.Second.Smtp.Messages)
        .Where(m => m.Subject?.StartsWith("Rappel : rien n'est réservé", StringComparison.Ordinal) == true)
        .SelectMany(m => m.To.Mailboxes.Select(a => a.Address))];

    private async Task<IReadOnlyList<RecurringJobsInStorage.Run>> FinishedRunsAsync(long before, int expected)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var runs = await RecurringJobsInStorage.RunsAfterAsync(app.Database, before);
            if (runs.Count >= expected && runs.All(r => r.State is "Succeeded" or "Failed" or "Deleted"))
            {
                return runs;
            }

            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the due jobs did not all finish: " + string.Join("\n", runs));
            await Task.Delay(200);
        }
    }

    private Task<long> ClosedPeriodsAsync() => CountAsync("select count(*) from cantine.mt_doc_closedperiod where tenant_id = $1");

    private Task<long> BatchStartsAsync() => CountAsync("select count(*) from cantine.mt_events where tenant_id = $1 and type = 'invoice_batch_started'");

    /// <summary>The batch issues its invoices after the job, through a durable message to the instance that started it.</summary>
    private async Task BatchCompletedAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await app.SendAsync(app.Town.Slug, s => s.Send(new GetInvoiceBatchQuery(app.Town.Month))))?.IsCompleted != true)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the month's batch did not complete");
            await Task.Delay(200);
        }
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = app.Town.Slug } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

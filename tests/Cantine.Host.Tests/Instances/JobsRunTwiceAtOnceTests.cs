using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Cantine.Invoicing.Contracts.ListInvoices;
using Cantine.Invoicing.Jobs;
using Cantine.Reservations.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cantine.Host.Tests.Instances;

/// <summary>
/// Issue #18, ADR 0039: Hangfire runs a job at least once — a worker presumed dead has its job run again by the other
/// instance while it may still be running. The deadline closing job and the monthly invoice batch job, run at the same
/// moment on both production instances (and once more each, as Hangfire's retry of a loser would), take effect once: each
/// period past its deadline closed once, one batch for the town's month, each family invoiced once with gapless numbers.
/// </summary>
[Trait("Category", "Instances")]
public sealed class JobsRunTwiceAtOnceTests(JobsRunTwiceAtOnceTests.App app) : IClassFixture<JobsRunTwiceAtOnceTests.App>
{
    public sealed class App : TwoProductionNodes
    {
        public InvoicingTown Town { get; private set; } = null!;

        protected override async Task SeedTownsAsync()
        {
            Town = await InvoicingTown.CreateAsync(this, "lyon", issue: false);
            AlignClocks();
        }
    }

    private static async Task<Exception?> RunAsync<TJob>(IServiceProvider services, Func<TJob, Task> run)
        where TJob : notnull
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            await run(scope.ServiceProvider.GetRequiredService<TJob>());
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private Task<Exception?>[] BothAtOnce() =>
    [
        RunAsync<ClosePeriodsJob>(app.Services, j => j.RunAsync(CancellationToken.None)),
        RunAsync<ClosePeriodsJob>(app.Second.Services, j => j.RunAsync(CancellationToken.None)),
        RunAsync<MonthlyInvoiceBatchJob>(app.Services, j => j.RunAsync(CancellationToken.None)),
        RunAsync<MonthlyInvoiceBatchJob>(app.Second.Services, j => j.RunAsync(CancellationToken.None)),
    ];

    [Fact]
    public async Task The_closing_and_batch_jobs_run_at_the_same_moment_on_both_instances_take_effect_once()
    {
        var first = await Task.WhenAll(BothAtOnce());
        await BatchCompletedAsync();
        var closed = await CountAsync("select count(*) from cantine.mt_doc_closedperiod where tenant_id = $1");
        var again = await Task.WhenAll(BothAtOnce());
        await Task.Delay(TimeSpan.FromSeconds(2));

        // A loser may be refused (Hangfire would retry it); a retry finds the work done.
        again.ShouldAllBe(e => e == null, string.Join("\n", again.Where(e => e != null)));
        closed.ShouldBeGreaterThan(0, "first runs: " + string.Join("\n", first.Where(e => e != null)));
        (await CountAsync("select count(*) from cantine.mt_doc_closedperiod where tenant_id = $1")).ShouldBe(closed);
        (await CountAsync("select count(*) from cantine.mt_events where tenant_id = $1 and type = 'invoice_batch_started'")).ShouldBe(1);
        var invoices = (await app.SendAsync(app.Town.Slug, s => s.Send(new ListInvoicesQuery(null, app.Town.Month, null)))).Rows;
        invoices.Select(i => i.FamilyId).ShouldBe([app.Town.Town.Family.FamilyId, app.Town.Town.OtherFamily.FamilyId], ignoreOrder: true);
        invoices.Select(i => i.Number[^6..]).Order().ToList().ShouldBe(new List<string> { "000001", "000002" }, "gapless, each number once");
    }

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

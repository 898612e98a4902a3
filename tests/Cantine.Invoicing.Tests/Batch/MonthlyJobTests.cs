using Cantine.Invoicing.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Invoicing.Tests.Batch;

/// <summary>
/// The daily job `invoicing:monthly-batch`: nothing before the town's batch day (the 5th by default), then last month is
/// issued; a batch killed mid-run is set running again the next day; a completed month is left alone.
/// </summary>
public sealed class MonthlyJobTests(BatchApp app) : IClassFixture<BatchApp>
{
    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await app.TrackAsync(() => scope.ServiceProvider.GetRequiredService<MonthlyInvoiceBatchJob>().RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_job_is_scheduled_issues_last_month_from_the_batch_day_and_resumes_a_killed_batch()
    {
        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            connection.GetRecurringJobs().ShouldContain(j => j.Id == MonthlyInvoiceBatchJob.Id && j.Cron == "30 6 * * *");
        }

        await TestTown.CreateAsync(app, "mensuel");
        app.Clock.SetParisTime(new DateTime(2030, 9, 4, 6, 30, 0));
        await RunJobAsync();
        (await app.BatchAsync("mensuel")).ShouldBeNull();

        app.Hooks.CrashAfterChunks = 4;
        app.Clock.SetParisTime(new DateTime(2030, 9, 5, 6, 30, 0));
        await RunJobAsync();
        var killed = (await app.BatchAsync("mensuel")).ShouldNotBeNull();

        app.Clock.SetParisTime(new DateTime(2030, 9, 6, 6, 30, 0));
        await RunJobAsync();
        var done = (await app.BatchAsync("mensuel")).ShouldNotBeNull();
        var invoices = await app.InvoicesAsync("mensuel");
        app.Clock.SetParisTime(new DateTime(2030, 9, 7, 6, 30, 0));
        await RunJobAsync();

        (killed.FamiliesDone, killed.IsCompleted, killed.IssuedOn).ShouldBe((8, false, new DateOnly(2030, 9, 5)));
        (done.IsCompleted, done.InvoicesIssued, done.IssuedOn).ShouldBe((true, StubBills.FamilyCount - 1, new DateOnly(2030, 9, 5)));
        invoices.Select(i => i.Sequence).ShouldBe(Enumerable.Range(1, StubBills.FamilyCount - 1));
        (await app.InvoicesAsync("mensuel")).Count.ShouldBe(invoices.Count);
    }
}

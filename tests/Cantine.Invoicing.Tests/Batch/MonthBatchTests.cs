using System.Security.Cryptography;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Cantine.Invoicing.Contracts.ProcessInvoiceBatch;
using Cantine.Invoicing.Domain.Invoices;

namespace Cantine.Invoicing.Tests.Batch;

/// <summary>
/// The monthly batch against PostgreSQL: killed at 10, 50 and 90 % then resumed, run twice, started twice at once, two
/// months at once on one numbering series. Always: each family billed once, numbers 1..N with no gap and no repeat.
/// </summary>
public sealed class MonthBatchTests(BatchApp app) : IClassFixture<BatchApp>
{
    /// <summary>20 families, one under the minimum: 19 invoices.</summary>
    private const int Expected = StubBills.FamilyCount - 1;

    [Theory]
    [InlineData("crash-10", 1)]
    [InlineData("crash-50", 5)]
    [InlineData("crash-90", 9)]
    public async Task Killed_mid_batch_then_resumed_bills_each_family_once_with_no_gap(string town, int committedChunks)
    {
        app.Hooks.CrashAfterChunks = committedChunks;

        var (started, _) = await app.SendTrackedAsync(town, s => s.Send(new IssueMonthInvoicesCommand(BatchApp.August)));

        started.ShouldSucceed();
        var afterCrash = await app.BatchAsync(town);
        afterCrash.ShouldNotBeNull();
        (afterCrash.FamiliesDone, afterCrash.IsCompleted).ShouldBe((committedChunks * 2, false));
        var partial = await app.InvoicesAsync(town);
        partial.Count.ShouldBe(afterCrash.InvoicesIssued);
        partial.Select(i => i.Sequence).ShouldBe(Enumerable.Range(1, partial.Count));

        (await app.ResumeAsync(town)).ShouldBeTrue();

        await ShouldBeExactlyBilledAsync(town);
    }

    [Fact]
    public async Task Running_twice_changes_nothing()
    {
        const string town = "twice";
        (await app.SendTrackedAsync(town, s => s.Send(new IssueMonthInvoicesCommand(BatchApp.August)))).Result.ShouldSucceed();
        await app.WaitUntilCompletedAsync(town);
        var first = await app.InvoicesAsync(town);

        (await app.SendAsync(town, s => s.Send(new IssueMonthInvoicesCommand(BatchApp.August)))).ShouldBeRefused("BatchAlreadyStarted", "Month");
        (await app.ResumeAsync(town)).ShouldBeTrue();
        (await app.SendAsync(town, s => s.Send(new ProcessInvoiceBatchCommand(BatchApp.August)))).ShouldSucceed().IsCompleted.ShouldBeTrue();

        var second = await app.InvoicesAsync(town);
        second.Select(i => (i.Id, i.Number, i.FamilyId, i.TotalCents, i.PdfSha256)).ShouldBe(first.Select(i => (i.Id, i.Number, i.FamilyId, i.TotalCents, i.PdfSha256)));
        await ShouldBeExactlyBilledAsync(town);
    }

    [Fact]
    public async Task Two_starts_at_the_same_instant_one_wins_and_two_runners_share_the_chunks()
    {
        const string town = "race";
        var starts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.SendAsync(town, s => s.Send(new IssueMonthInvoicesCommand(BatchApp.August)))));
        var runners = await Task.WhenAll(app.ResumeAsync(town), app.ResumeAsync(town));

        starts.Count(r => r.IsSuccess).ShouldBe(1);
        starts.Single(r => !r.IsSuccess).ShouldBeRefused("BatchAlreadyStarted", "Month");
        runners.ShouldAllBe(done => done);
        await app.WaitUntilCompletedAsync(town);
        await ShouldBeExactlyBilledAsync(town);
    }

    [Fact]
    public async Task Two_months_issued_at_once_share_the_years_series_without_gap_or_repeat()
    {
        const string town = "two-months";
        var july = BatchApp.August.AddMonths(-1);

        var results = await Task.WhenAll(
            app.SendAsync(town, s => s.Send(new IssueMonthInvoicesCommand(july))),
            app.SendAsync(town, s => s.Send(new IssueMonthInvoicesCommand(BatchApp.August))));
        await Task.WhenAll(app.ResumeAsync(town, july), app.ResumeAsync(town));
        await app.WaitUntilCompletedAsync(town, july);
        await app.WaitUntilCompletedAsync(town);

        results.ShouldAllBe(r => r.IsSuccess);
        var invoices = await app.InvoicesAsync(town);
        invoices.Select(i => i.Sequence).ShouldBe(Enumerable.Range(1, 2 * Expected));
        invoices.Select(i => i.Number).ShouldBe(Enumerable.Range(1, 2 * Expected).Select(n => $"2030-{n:D6}"));
        invoices.GroupBy(i => (i.FamilyId, i.Month)).ShouldAllBe(g => g.Count() == 1);

        // July's small bill was carried; August's bill of that family includes it (the stub adds nothing: its batch carries it again).
        (await app.BatchAsync(town, july))!.CarriedCount.ShouldBe(1);
    }

    [Fact]
    public async Task The_current_month_cannot_be_issued() =>
        (await app.SendAsync("too-early", s => s.Send(new IssueMonthInvoicesCommand(new DateOnly(2030, 9, 1))))).ShouldBeRefused("MonthNotOver", "Month");

    private async Task ShouldBeExactlyBilledAsync(string town)
    {
        var invoices = await app.InvoicesAsync(town);
        var batch = (await app.BatchAsync(town)).ShouldNotBeNull();

        invoices.Count.ShouldBe(Expected);
        invoices.Select(i => i.Sequence).ShouldBe(Enumerable.Range(1, Expected));
        invoices.Select(i => i.Number).Distinct().Count().ShouldBe(Expected);
        invoices.Select(i => i.FamilyId).ShouldBe(StubBills.Families.Where(f => f != StubBills.Small), ignoreOrder: true);
        invoices.ShouldAllBe(i => i.TotalCents == StubBills.TotalOf(i.FamilyId) && i.Id == InvoiceIds.For(town, i.FamilyId, BatchApp.August));
        (batch.IsCompleted, batch.FamiliesDone, batch.InvoicesIssued, batch.CarriedCount).ShouldBe((true, StubBills.FamilyCount, Expected, 1));
        batch.IssuedCents.ShouldBe(invoices.Sum(i => i.TotalCents));
        (batch.IssuedOn, batch.DueOn).ShouldBe((new DateOnly(2030, 9, 10), new DateOnly(2030, 10, 10)));
        var sample = invoices[^1];
        Convert.ToHexStringLower(SHA256.HashData(await app.FileAsync(town, sample.PdfFileId))).ShouldBe(sample.PdfSha256);
    }
}

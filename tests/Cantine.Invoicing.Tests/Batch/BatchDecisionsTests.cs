using Cantine.Invoicing.Domain.Batches;
using Cantine.Testing.Decisions;

namespace Cantine.Invoicing.Tests.Batch;

/// <summary>A month's batch starts once, after the month, and ends when its last chunk is recorded.</summary>
public sealed class BatchDecisionsTests
{
    private static readonly DateOnly October = new(2027, 10, 1);
    private static readonly Guid BatchId = InvoiceBatch.IdFor("lyon", October);
    private static readonly DateTimeOffset Now = new(2027, 11, 5, 7, 0, 0, TimeSpan.FromHours(1));
    private static readonly Guid[] Families = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    private static StartInvoiceBatch Start(DateOnly? month = null) =>
        new(BatchId, month ?? October, new DateOnly(2027, 12, 5), 0, Families, "admin");

    private static InvoiceBatchStarted Started => (InvoiceBatchStarted)InvoiceBatchDecisions.Decide(Start(), null, Now).Events.Single();

    [Fact]
    public void Starts_a_past_month_with_its_families_issued_today()
    {
        var started = (InvoiceBatchStarted)InvoiceBatchDecisions.Decide(Start(new DateOnly(2027, 10, 20)), null, Now).Events.Single();

        started.ShouldBe(new InvoiceBatchStarted(BatchId, October, new DateOnly(2027, 11, 5), new DateOnly(2027, 12, 5), 0, started.FamilyIds, "admin", Now));
        started.FamilyIds.ShouldBe(Families);
    }

    [Fact]
    public void A_second_start_is_refused() =>
        InvoiceBatchDecisions.Decide(Start(), History.Of<InvoiceBatch>(Started), Now).ShouldRefuse("BatchAlreadyStarted", "Month");

    [Fact]
    public void The_current_month_cannot_be_issued_before_it_ends()
    {
        InvoiceBatchDecisions.Decide(Start(new DateOnly(2027, 11, 1)), null, Now).ShouldRefuse("MonthNotOver", "Month");

        // 31 October 23:30 in Paris is still October.
        InvoiceBatchDecisions.Decide(Start(), null, new DateTimeOffset(2027, 10, 31, 23, 30, 0, TimeSpan.FromHours(1))).ShouldRefuse("MonthNotOver", "Month");
    }

    [Fact]
    public void A_month_without_families_ends_at_once()
    {
        var events = InvoiceBatchDecisions.Decide(Start() with { FamilyIds = [] }, null, Now).Events;

        events.Count.ShouldBe(2);
        History.Of<InvoiceBatch>([.. events])!.IsCompleted.ShouldBeTrue();
    }

    [Fact]
    public void Chunks_take_the_families_in_order_and_the_last_one_ends_the_batch()
    {
        var batch = History.Of<InvoiceBatch>(Started)!;
        batch.NextFamilies(2).ShouldBe(Families[..2]);

        var first = InvoiceBatchDecisions.Decide(new RecordBatchChunk(2, 2, 5000, "2027-000001", "2027-000002", 0, []), batch, Now).Events;
        var afterFirst = History.Of<InvoiceBatch>([Started, .. first])!;
        var last = InvoiceBatchDecisions.Decide(new RecordBatchChunk(1, 0, 0, null, null, 0, [new(Families[2], 300)]), afterFirst, Now).Events;
        var done = History.Of<InvoiceBatch>([Started, .. first, .. last])!;

        first.Count.ShouldBe(1);
        afterFirst.NextFamilies(2).ShouldBe([Families[2]]);
        last.Count.ShouldBe(2);
        (done.IsCompleted, done.FamiliesDone, done.InvoicesIssued, done.IssuedCents, done.Chunks).ShouldBe((true, 3, 2, 5000, 2));
        done.Carried.ShouldBe([new CarriedAmount(Families[2], 300)]);
    }

    [Fact]
    public void A_chunk_past_the_last_family_is_refused() =>
        InvoiceBatchDecisions.Decide(new RecordBatchChunk(4, 4, 100, null, null, 0, []), History.Of<InvoiceBatch>(Started), Now).ShouldRefuse("ChunkOutOfRange");
}

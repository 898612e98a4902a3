using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Batches;

/// <summary>
/// The issue of one month's invoices of a town (one stream per town and month, started once: two starts, one wins) and
/// its progress, as the progress page and the next chunk read it (inline snapshot).
/// </summary>
public sealed record InvoiceBatch(
    Guid Id,
    DateOnly Month,
    DateOnly IssuedOn,
    DateOnly DueOn,
    int MinimumCents,
    IReadOnlyList<Guid> FamilyIds,
    int FamiliesDone,
    int Chunks,
    int InvoicesIssued,
    int IssuedCents,
    int Skipped,
    IReadOnlyList<CarriedAmount> Carried,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt = null)
{
    public static Guid IdFor(string tenantId, DateOnly month) => StableId.For("invoice-batch", tenantId, new DateOnly(month.Year, month.Month, 1));

    public bool IsCompleted => CompletedAt is not null;

    public int FamilyCount => FamilyIds.Count;

    /// <summary>The families of the next chunk, in the batch's order.</summary>
    public IReadOnlyList<Guid> NextFamilies(int size) => [.. FamilyIds.Skip(FamiliesDone).Take(size)];

    public static InvoiceBatch Create(InvoiceBatchStarted e) =>
        new(e.BatchId, e.Month, e.IssuedOn, e.DueOn, e.MinimumCents, e.FamilyIds, 0, 0, 0, 0, 0, [], e.StartedBy, e.At);

    public InvoiceBatch Apply(InvoiceBatchChunkProcessed e) => this with
    {
        FamiliesDone = FamiliesDone + e.FamiliesDone,
        Chunks = Chunks + 1,
        InvoicesIssued = InvoicesIssued + e.InvoicesIssued,
        IssuedCents = IssuedCents + e.IssuedCents,
        Skipped = Skipped + e.Skipped,
        Carried = [.. Carried, .. e.Carried],
    };

    public InvoiceBatch Apply(InvoiceBatchCompleted e) => this with { CompletedAt = e.At };
}

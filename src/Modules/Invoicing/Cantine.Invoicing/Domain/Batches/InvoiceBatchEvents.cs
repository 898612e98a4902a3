namespace Cantine.Invoicing.Domain.Batches;

/// <summary>
/// An administrator (or the monthly job) started issuing a month's invoices. The families to bill are fixed here, in
/// order; the chunks take them in that order, so a resumed batch continues where the last committed chunk stopped.
/// </summary>
public sealed record InvoiceBatchStarted(
    Guid BatchId, DateOnly Month, DateOnly IssuedOn, DateOnly DueOn, int MinimumCents, IReadOnlyList<Guid> FamilyIds, string StartedBy, DateTimeOffset At);

/// <summary>
/// One chunk of families was processed in one transaction with its invoices and numbers: how many families it covered,
/// the invoices issued (numbers <paramref name="FirstNumber"/>…<paramref name="LastNumber"/>), the families already
/// invoiced (skipped) and the amounts under the town's minimum, carried to the next month.
/// </summary>
public sealed record InvoiceBatchChunkProcessed(
    Guid BatchId, int Chunk, int FamiliesDone, int InvoicesIssued, int IssuedCents, string? FirstNumber, string? LastNumber,
    int Skipped, IReadOnlyList<CarriedAmount> Carried);

/// <summary>Every family of the batch was processed.</summary>
public sealed record InvoiceBatchCompleted(Guid BatchId, DateTimeOffset At);

/// <summary>A family's bill under the minimum (or its credit), not issued this month: the next month's bill includes it.</summary>
public sealed record CarriedAmount(Guid FamilyId, int AmountCents);

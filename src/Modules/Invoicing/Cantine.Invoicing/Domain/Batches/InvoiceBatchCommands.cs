namespace Cantine.Invoicing.Domain.Batches;

/// <summary>Start issuing <see cref="Month"/> (its first day) for these families, issued today and due on <see cref="DueOn"/>.</summary>
public sealed record StartInvoiceBatch(Guid BatchId, DateOnly Month, DateOnly DueOn, int MinimumCents, IReadOnlyList<Guid> FamilyIds, string StartedBy);

/// <summary>Record a processed chunk (the handler issued its invoices in the same transaction).</summary>
public sealed record RecordBatchChunk(int FamiliesDone, int InvoicesIssued, int IssuedCents, string? FirstNumber, string? LastNumber, int Skipped, IReadOnlyList<CarriedAmount> Carried);

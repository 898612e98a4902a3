using Cantine.Invoicing.Features.Shared;
using Marten.Services.BatchQuerying;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>The production bill source: the billing rules over Invoicing's copies, in one batched query.</summary>
internal sealed class ReaderBillSource(MonthBillingReader reader) : IBatchBillSource
{
    public Task<MonthBillingResult> ReadAsync(DateOnly month, Func<IBatchedQuery, Task<IReadOnlyDictionary<Guid, int>>> carried, CancellationToken ct) =>
        reader.ReadAsync(month, carried, null, ct);
}

using Cantine.Invoicing.Features.Shared;
using Marten.Services.BatchQuerying;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>Where the batch gets a month's bills: the billing rules' <see cref="MonthBillingReader"/> (a test may give its own).</summary>
public interface IBatchBillSource
{
    /// <param name="carried">The amounts carried to this month, read in the same batched query.</param>
    Task<MonthBillingResult> ReadAsync(DateOnly month, Func<IBatchedQuery, Task<IReadOnlyDictionary<Guid, int>>> carried, CancellationToken ct);
}

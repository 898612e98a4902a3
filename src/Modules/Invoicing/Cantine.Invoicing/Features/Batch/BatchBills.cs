using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Features.Shared;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>
/// A month's bills as the batch reads them: the amounts carried from the previous month's batch are enlisted in the
/// reader's batched query (one round trip for everything).
/// </summary>
public sealed class BatchBills(IBatchBillSource reader, InvoiceBatchHooks hooks, Cantine.BuildingBlocks.Tenancy.ITenantContext tenant)
{
    private IBatchBillSource Source => hooks.BillSource ?? reader;

    public Task<MonthBillingResult> ReadAsync(DateOnly month, CancellationToken ct) =>
        Source.ReadAsync(month, batch => CarriedAsync(batch, month), ct);

    /// <summary>The bills and, in the same round trip, the month's own batch (the preview says whether it was started).</summary>
    public async Task<(MonthBillingResult Bills, InvoiceBatch? Batch)> ReadWithBatchAsync(DateOnly month, CancellationToken ct)
    {
        Task<InvoiceBatch?>? own = null;
        var bills = await Source.ReadAsync(month, batch =>
        {
            own = batch.Load<InvoiceBatch>(InvoiceBatch.IdFor(tenant.TenantId, month));
            return CarriedAsync(batch, month);
        }, ct);
        return (bills, own is null ? null : await own);
    }

    private async Task<IReadOnlyDictionary<Guid, int>> CarriedAsync(IBatchedQuery batch, DateOnly month)
    {
        var previous = await batch.Load<InvoiceBatch>(InvoiceBatch.IdFor(tenant.TenantId, new DateOnly(month.Year, month.Month, 1).AddMonths(-1)));
        return previous is null
            ? new Dictionary<Guid, int>()
            : previous.Carried.GroupBy(c => c.FamilyId).ToDictionary(g => g.Key, g => g.Sum(c => c.AmountCents));
    }
}

using System.Collections.Concurrent;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Features.Shared;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>
/// A batch's bills, read once per run of the process and kept for its chunks: the reader reads the whole month (ADR 0028),
/// which a chunk of 100 families must not pay again. A resumed batch (new process) reads them again.
/// </summary>
public sealed class BatchBillsCache
{
    private readonly ConcurrentDictionary<(string Tenant, Guid Batch), Lazy<Task<MonthBills>>> _runs = new();

    public async Task<MonthBills> GetAsync(string tenant, Guid batchId, Func<Task<MonthBillingResult>> read)
    {
        var run = _runs.GetOrAdd((tenant, batchId), _ => new Lazy<Task<MonthBills>>(async () => new MonthBills(await read())));
        try
        {
            return await run.Value;
        }
        catch
        {
            _runs.TryRemove((tenant, batchId), out _);
            throw;
        }
    }

    public void Forget(string tenant, Guid batchId) => _runs.TryRemove((tenant, batchId), out _);
}

/// <summary>A month's bills by family, and the rules in force.</summary>
public sealed record MonthBills(MonthBillingResult Result)
{
    public IReadOnlyDictionary<Guid, FamilyBill> ByFamily { get; } = Result.Bills.ToDictionary(b => b.FamilyId);
}

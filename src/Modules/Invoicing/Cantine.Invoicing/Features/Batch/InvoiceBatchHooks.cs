using Microsoft.Extensions.Configuration;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>
/// How the batch runs in this process: the chunk size (families per transaction, <c>Invoicing:BatchChunkSize</c>,
/// default 100) and, for tests only (internal, set through the test host's services), a simulated crash and a bill source.
/// </summary>
public sealed class InvoiceBatchHooks(IConfiguration configuration)
{
    public const int DefaultChunkSize = 100;

    public int ChunkSize { get; internal set; } = Math.Clamp(configuration.GetValue("Invoicing:BatchChunkSize", DefaultChunkSize), 1, 1000);

    /// <summary>Tests: the chunk after this many committed chunks dies before its commit (as a killed process would).</summary>
    public int? CrashAfterChunks { get; internal set; }

    /// <summary>Tests: bills from a test's own source instead of the billing rules' reader.</summary>
    public IBatchBillSource? BillSource { get; internal set; }

    /// <summary>Called by a chunk once its work is queued, before the commit.</summary>
    public void BeforeCommit(int committedChunks)
    {
        if (CrashAfterChunks is { } n && committedChunks >= n)
        {
            CrashAfterChunks = null;
            throw new SimulatedBatchCrash(committedChunks);
        }
    }
}

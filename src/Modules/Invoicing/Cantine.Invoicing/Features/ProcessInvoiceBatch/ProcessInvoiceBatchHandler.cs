using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Cantine.Invoicing.Contracts.ProcessInvoiceBatch;
using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Features.Batch;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.ProcessInvoiceBatch;

/// <summary>
/// Load the batch with its expected version → issue the next chunk (<see cref="InvoiceChunkIssuer"/>) →
/// <see cref="InvoiceBatchDecisions"/> → append the progress; the unit of work commits it all in one transaction. Two
/// processes on one batch: the loser's commit fails on the batch's version and runs again on the next chunk (ADR 0019).
/// </summary>
public sealed class ProcessInvoiceBatchHandler(
    IDocumentSession session, ITenantContext tenant, TimeProvider clock, InvoiceChunkIssuer issuer, InvoiceBatchHooks hooks, BatchBillsCache cache)
    : ICommandHandler<ProcessInvoiceBatchCommand, Result<InvoiceBatchDto>>
{
    public async ValueTask<Result<InvoiceBatchDto>> Handle(ProcessInvoiceBatchCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<InvoiceBatch>(InvoiceBatch.IdFor(tenant.TenantId, command.Month), ct);
        if (stream.Aggregate is not { } batch)
        {
            return InvoicingOutputText.Refusal("BatchNotFound", "Month");
        }

        if (batch.IsCompleted)
        {
            return batch.ToDto();
        }

        var chunk = await issuer.IssueAsync(batch, ct);
        var decision = InvoiceBatchDecisions.Decide(chunk, batch, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return InvoicingOutputText.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        hooks.BeforeCommit(batch.Chunks);
        var after = decision.Events.Aggregate(batch, (b, e) => e switch
        {
            InvoiceBatchChunkProcessed x => b.Apply(x),
            InvoiceBatchCompleted x => b.Apply(x),
            _ => b,
        });
        if (after.IsCompleted)
        {
            cache.Forget(tenant.TenantId, batch.Id);
        }

        return after.ToDto();
    }
}

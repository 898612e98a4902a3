using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Features.Batch;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetInvoiceBatch;

/// <summary>The batch's inline snapshot: one read.</summary>
public sealed class GetInvoiceBatchHandler(IQuerySession session, ITenantContext tenant) : IQueryHandler<GetInvoiceBatchQuery, InvoiceBatchDto?>
{
    public async ValueTask<InvoiceBatchDto?> Handle(GetInvoiceBatchQuery query, CancellationToken ct) =>
        (await session.LoadAsync<InvoiceBatch>(InvoiceBatch.IdFor(tenant.TenantId, query.Month), ct))?.ToDto();
}

using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Domain;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Features.Batch;
using Cantine.Invoicing.IntegrationEventHandlers;
using Marten;
using Wolverine;

namespace Cantine.Invoicing.Features.IssueMonthInvoices;

/// <summary>
/// Starts a month's batch: fixes the families with something to bill (in id order), the issue and due dates and the minimum
/// in force, appends <see cref="InvoiceBatchStarted"/> on the month's stream (expected: none yet, so two starts at once: one
/// wins) and, in the same transaction, the durable message that runs it.
/// </summary>
public sealed class InvoiceBatchStarter(
    IDocumentSession session, ITenantContext tenant, ICurrentActor actor, TimeProvider clock, BatchBills bills, IMessageBus bus)
{
    public async Task<Decision> StartAsync(DateOnly month, CancellationToken ct)
    {
        var first = InvoiceBatchMapping.FirstDay(month);
        var id = InvoiceBatch.IdFor(tenant.TenantId, first);
        var stream = await session.Events.FetchForWriting<InvoiceBatch>(id, ct);
        if (stream.Aggregate is not null)
        {
            return Decision.Refuse("BatchAlreadyStarted", "Month");
        }

        var result = await bills.ReadAsync(first, ct);
        var now = clock.GetUtcNow();
        var families = result.Bills.Where(b => b.TotalCents > 0).Select(b => b.FamilyId).Order().ToList();
        var decision = InvoiceBatchDecisions.Decide(
            new StartInvoiceBatch(id, first, result.Rules.DueDate(ParisTime.DateOf(now)), result.Rules.MinimumInvoiceCents, families, actor.Id),
            stream.Aggregate, now);
        if (!decision.IsRefused)
        {
            stream.AppendMany(decision.Events);
            await bus.PublishAsync(new RunInvoiceBatch(tenant.TenantId, first, actor.Id));
        }

        return decision;
    }
}

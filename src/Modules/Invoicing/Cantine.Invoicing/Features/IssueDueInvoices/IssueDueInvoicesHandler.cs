using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.IssueDueInvoices;
using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Domain.Settings;
using Cantine.Invoicing.Features.IssueMonthInvoices;
using Cantine.Invoicing.IntegrationEventHandlers;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Invoicing.Features.IssueDueInvoices;

/// <summary>
/// From the town's batch day on (its billing rules; default the 5th), last month is started if nobody did, and an unfinished
/// batch (a process killed mid-run) is set running again; a completed month changes nothing. Idempotent: the job runs daily.
/// </summary>
public sealed class IssueDueInvoicesHandler(
    IDocumentSession session, ITenantContext tenant, ICurrentActor actor, TimeProvider clock, InvoiceBatchStarter starter, IMessageBus bus)
    : ICommandHandler<IssueDueInvoicesCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(IssueDueInvoicesCommand command, CancellationToken ct)
    {
        var today = ParisTime.Today(clock);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var settings = await session.LoadAsync<BillingSettings>(BillingSettings.IdFor(tenant.TenantId), ct);
        var rules = (settings ?? BillingSettings.Defaults(tenant.TenantId)).RulesFor(today);
        if (today.Day < rules.BatchDay)
        {
            return $"not before day {rules.BatchDay}";
        }

        var batch = await session.LoadAsync<InvoiceBatch>(InvoiceBatch.IdFor(tenant.TenantId, lastMonth), ct);
        if (batch is null)
        {
            var started = await starter.StartAsync(lastMonth, ct);
            return started.IsRefused ? InvoicingOutputText.Refusal(started) : $"started {lastMonth:yyyy-MM}";
        }

        if (batch.IsCompleted)
        {
            return $"{lastMonth:yyyy-MM} already issued";
        }

        await bus.PublishAsync(new RunInvoiceBatch(tenant.TenantId, lastMonth, actor.Id));
        return $"resumed {lastMonth:yyyy-MM}";
    }
}

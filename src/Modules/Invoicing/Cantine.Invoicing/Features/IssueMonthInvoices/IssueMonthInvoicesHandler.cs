using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Cantine.Invoicing.Domain.Batches;
using Mediator;

namespace Cantine.Invoicing.Features.IssueMonthInvoices;

/// <summary>Start the month's batch (<see cref="InvoiceBatchStarter"/>); the background run issues it.</summary>
public sealed class IssueMonthInvoicesHandler(InvoiceBatchStarter starter, ITenantContext tenant) : ICommandHandler<IssueMonthInvoicesCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(IssueMonthInvoicesCommand command, CancellationToken ct)
    {
        var decision = await starter.StartAsync(command.Month, ct);
        return decision.IsRefused ? InvoicingOutputText.Refusal(decision) : InvoiceBatch.IdFor(tenant.TenantId, command.Month);
    }
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.ReconcileOnlinePayments;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Features.ReconcileOnlinePayments;

/// <summary>Skeleton: replaced by the real handler in the next commit.</summary>
public sealed class ReconcileOnlinePaymentsHandler : ICommandHandler<ReconcileOnlinePaymentsCommand, Result<int>>
{
    public ValueTask<Result<int>> Handle(ReconcileOnlinePaymentsCommand message, CancellationToken ct) => throw new NotImplementedException();
}

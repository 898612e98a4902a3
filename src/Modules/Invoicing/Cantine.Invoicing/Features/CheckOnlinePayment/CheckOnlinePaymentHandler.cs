using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.CheckOnlinePayment;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Features.CheckOnlinePayment;

/// <summary>Skeleton: replaced by the real handler in the next commit.</summary>
public sealed class CheckOnlinePaymentHandler : ICommandHandler<CheckOnlinePaymentCommand, Result<OnlinePaymentState>>
{
    public ValueTask<Result<OnlinePaymentState>> Handle(CheckOnlinePaymentCommand message, CancellationToken ct) => throw new NotImplementedException();
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.NotifyOnlinePayment;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Features.NotifyOnlinePayment;

/// <summary>Skeleton: replaced by the real handler in the next commit.</summary>
public sealed class NotifyOnlinePaymentHandler : ICommandHandler<NotifyOnlinePaymentCommand, Result<OnlinePaymentState>>
{
    public ValueTask<Result<OnlinePaymentState>> Handle(NotifyOnlinePaymentCommand message, CancellationToken ct) => throw new NotImplementedException();
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.StartOnlinePayment;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Features.StartOnlinePayment;

/// <summary>Skeleton: replaced by the real handler in the next commit.</summary>
public sealed class StartOnlinePaymentHandler : ICommandHandler<StartOnlinePaymentCommand, Result<string>>
{
    public ValueTask<Result<string>> Handle(StartOnlinePaymentCommand message, CancellationToken ct) => throw new NotImplementedException();
}

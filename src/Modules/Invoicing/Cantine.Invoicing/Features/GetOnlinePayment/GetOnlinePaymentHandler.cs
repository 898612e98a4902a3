using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.GetOnlinePayment;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Features.GetOnlinePayment;

/// <summary>Skeleton: replaced by the real handler in the next commit.</summary>
public sealed class GetOnlinePaymentHandler : IQueryHandler<GetOnlinePaymentQuery, OnlinePaymentDto?>
{
    public ValueTask<OnlinePaymentDto?> Handle(GetOnlinePaymentQuery message, CancellationToken ct) => throw new NotImplementedException();
}

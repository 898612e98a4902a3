using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.ListOnlinePayments;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Features.ListOnlinePayments;

/// <summary>Skeleton: replaced by the real handler in the next commit.</summary>
public sealed class ListOnlinePaymentsHandler : IQueryHandler<ListOnlinePaymentsQuery, OnlinePaymentListDto>
{
    public ValueTask<OnlinePaymentListDto> Handle(ListOnlinePaymentsQuery message, CancellationToken ct) => throw new NotImplementedException();
}

using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Contracts.ListOnlinePayments;

/// <summary>
/// The town's online payment attempts, newest first, <see cref="PageSize"/> a page: <see cref="State"/> one state,
/// <see cref="NeedsAttention"/> only those staff must look at (anomalies, overpayments, unanswered), <see cref="From"/> and
/// <see cref="To"/> the days (Paris) they were created, <see cref="Search"/> an invoice number, a family name or an
/// <c>idOp</c>. Staff.
/// </summary>
public sealed record ListOnlinePaymentsQuery(
    OnlinePaymentState? State = null, bool NeedsAttention = false, DateOnly? From = null, DateOnly? To = null, string? Search = null, int Page = 1)
    : IQuery<OnlinePaymentListDto>
{
    public const int PageSize = 50;
}

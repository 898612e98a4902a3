using Cantine.Invoicing.Contracts.GetOnlinePayment;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.OnlinePayments;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetOnlinePayment;

/// <summary>The attempt and its invoice in one query (Marten's <c>Include</c>); another family's attempt is none.</summary>
public sealed class GetOnlinePaymentHandler(IQuerySession session) : IQueryHandler<GetOnlinePaymentQuery, OnlinePaymentDto?>
{
    public async ValueTask<OnlinePaymentDto?> Handle(GetOnlinePaymentQuery query, CancellationToken ct)
    {
        Invoice? invoice = null;
        var attempt = await session.Query<OnlinePaymentAttempt>()
            .Include<Invoice>(a => a.InvoiceId, i => invoice = i)
            .Where(a => a.Id == query.AttemptId && a.FamilyId == query.FamilyId)
            .FirstOrDefaultAsync(ct);
        return attempt is null
            ? null
            : new OnlinePaymentDto(
                attempt.Id, attempt.InvoiceId, attempt.InvoiceNumber, attempt.AmountCents, attempt.State, attempt.CreatedAt, attempt.SettledAt,
                invoice?.RemainingCents ?? 0);
    }
}

using Cantine.Invoicing.Contracts.OnlinePayments;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.OnlinePayments.Payfip;
using Marten;
using Microsoft.Extensions.Logging;

namespace Cantine.Invoicing.Features.OnlinePayments;

/// <summary>
/// Asks PayFiP for an attempt's detail and appends what <see cref="OnlinePaymentDecisions"/> decides to the attempt's stream
/// and its invoice's, both at the versions read (the unit of work saves them in one transaction; a racer that settled it
/// first makes this one run again and find it settled). Used by the notification, the return page and the reconciliation.
/// </summary>
public sealed class OnlinePaymentSettler(IDocumentSession session, IPayfipGateway payfip, TimeProvider clock, ILogger<OnlinePaymentSettler> log)
{
    /// <param name="notified">A notification from PayFiP's server arrived (counted on the attempt).</param>
    public async Task<OnlinePaymentState?> SettleAsync(Guid attemptId, bool notified, CancellationToken ct)
    {
        var attemptStream = await session.Events.FetchForWriting<OnlinePaymentAttempt>(attemptId, ct);
        if (attemptStream.Aggregate is not { } attempt)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (notified)
        {
            attemptStream.AppendMany(OnlinePaymentDecisions.Notified(attempt, now).Events);
        }

        if (attempt.IsSettled)
        {
            return attempt.State;
        }

        var invoiceStream = await session.Events.FetchForWriting<Invoice>(attempt.InvoiceId, ct);
        if (invoiceStream.Aggregate is not { } invoice)
        {
            log.LogError("Online payment attempt {Attempt} names invoice {Invoice}, which does not exist", attempt.Id, attempt.InvoiceId);
            return attempt.State;
        }

        var answer = await payfip.GetDetailAsync(attempt.IdOp, ct);
        var resolution = OnlinePaymentDecisions.Decide(attempt, invoice, PayfipAnswers.From(answer), clock.GetUtcNow());
        attemptStream.AppendMany(resolution.AttemptEvents);
        invoiceStream.AppendMany(resolution.InvoiceEvents);
        var after = resolution.AttemptEvents.Aggregate(attempt, Fold);
        if (after.State is OnlinePaymentState.Anomaly or OnlinePaymentState.Unanswered || after.Overpaid)
        {
            log.LogWarning("Online payment {IdOp} of invoice {Number} needs staff: {State} {Problem}", attempt.IdOp, attempt.InvoiceNumber, after.State, after.Problem);
        }

        return after.State;
    }

    private static OnlinePaymentAttempt Fold(OnlinePaymentAttempt attempt, object e) => e switch
    {
        OnlinePaymentNotified x => attempt.Apply(x),
        OnlinePaymentCheckInconclusive x => attempt.Apply(x),
        OnlinePaymentDetailed x => attempt.Apply(x),
        OnlinePaymentSettled x => attempt.Apply(x),
        OnlinePaymentAbandonedByPayfip x => attempt.Apply(x),
        _ => attempt,
    };
}

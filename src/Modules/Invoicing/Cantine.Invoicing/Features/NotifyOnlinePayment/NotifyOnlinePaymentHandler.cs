using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.NotifyOnlinePayment;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.Features.OnlinePayments;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.NotifyOnlinePayment;

/// <summary>
/// The attempt of this town with this <c>idOp</c> (the snapshot's index; none: refused, nothing written) → the notification
/// counted and PayFiP's detail fetched and decided (<see cref="OnlinePaymentSettler"/>).
/// </summary>
public sealed class NotifyOnlinePaymentHandler(IDocumentSession session, OnlinePaymentSettler settler) : ICommandHandler<NotifyOnlinePaymentCommand, Result<OnlinePaymentState>>
{
    public async ValueTask<Result<OnlinePaymentState>> Handle(NotifyOnlinePaymentCommand command, CancellationToken ct)
    {
        var idOp = command.IdOp.Trim();
        var attemptId = await session.Query<OnlinePaymentAttempt>().Where(a => a.IdOp == idOp).Select(a => a.Id).FirstOrDefaultAsync(ct);
        return attemptId != Guid.Empty && await settler.SettleAsync(attemptId, notified: true, ct) is { } state
            ? state
            : InvoicingOutputText.Refusal("UnknownOperation", "IdOp");
    }
}

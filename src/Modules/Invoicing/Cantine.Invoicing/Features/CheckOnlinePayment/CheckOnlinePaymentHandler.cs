using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.CheckOnlinePayment;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.Features.OnlinePayments;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.CheckOnlinePayment;

/// <summary>The family's attempt: settled or given up → its state, no call; pending → PayFiP's detail once (<see cref="OnlinePaymentSettler"/>).</summary>
public sealed class CheckOnlinePaymentHandler(IDocumentSession session, OnlinePaymentSettler settler) : ICommandHandler<CheckOnlinePaymentCommand, Result<OnlinePaymentState>>
{
    public async ValueTask<Result<OnlinePaymentState>> Handle(CheckOnlinePaymentCommand command, CancellationToken ct)
    {
        var attempt = await session.LoadAsync<OnlinePaymentAttempt>(command.AttemptId, ct);
        if (attempt is null || attempt.FamilyId != command.FamilyId)
        {
            return InvoicingOutputText.Refusal("UnknownOperation", "AttemptId");
        }

        if (attempt.State is not OnlinePaymentState.Pending)
        {
            return attempt.State;
        }

        return await settler.SettleAsync(attempt.Id, notified: false, ct) ?? attempt.State;
    }
}

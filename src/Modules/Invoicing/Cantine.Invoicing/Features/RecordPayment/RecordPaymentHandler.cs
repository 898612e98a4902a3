using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.RecordPayment;
using Cantine.Invoicing.Domain.Invoices;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.RecordPayment;

/// <summary>Load the invoice's stream → <see cref="InvoiceDecisions"/> → append with its expected version (two clerks at once: one retries on fresh data).</summary>
public sealed class RecordPaymentHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<RecordPaymentCommand, Result>
{
    public async ValueTask<Result> Handle(RecordPaymentCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Invoice>(command.InvoiceId, ct);
        var decision = InvoiceDecisions.Decide(
            new Domain.Invoices.RecordPayment(
                command.InvoiceId, command.PaymentId, command.AmountCents, command.PaidOn, command.Method, command.Reference, command.StaffUserId, command.StaffName.Trim()),
            stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return InvoicingOutputText.Refusal(decision);
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}

using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.StartOnlinePayment;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.Domain.Parties;
using Cantine.Invoicing.OnlinePayments.Payfip;
using Marten;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Cantine.Invoicing.Features.StartOnlinePayment;

/// <summary>
/// One batched read (invoice, town, attempt) → <see cref="OnlinePaymentDecisions.RefuseStart"/> → PayFiP's
/// <c>creerPaiementSecurise</c> → the attempt's stream starts. The same attempt posted twice returns the first's card page.
/// </summary>
public sealed class StartOnlinePaymentHandler(IDocumentSession session, IPayfipGateway payfip, TimeProvider clock, ILogger<StartOnlinePaymentHandler> log)
    : ICommandHandler<StartOnlinePaymentCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(StartOnlinePaymentCommand command, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var invoiceRead = batch.Load<Invoice>(command.InvoiceId);
        var townRead = batch.Load<TownCopy>(TownCopy.SingletonId);
        var attemptRead = batch.Load<OnlinePaymentAttempt>(command.AttemptId);
        await batch.Execute(ct);
        var (invoice, town, existing) = (await invoiceRead, await townRead, await attemptRead);

        if (existing is not null)
        {
            return existing.FamilyId == command.FamilyId
                ? payfip.PaymentPageUrl(existing.IdOp)
                : InvoicingOutputText.Refusal("InvoiceNotFound", "InvoiceId");
        }

        if (OnlinePaymentDecisions.RefuseStart(invoice, command.FamilyId, town) is { } refusal)
        {
            return InvoicingOutputText.Refusal(refusal, "InvoiceId");
        }

        var objet = OnlinePaymentDecisions.Objet(invoice!, town!.Name);
        var request = new PayfipPaymentRequest(
            town.PayfipClientNumber!, invoice!.Year, OnlinePaymentDecisions.RefDet(invoice), objet, invoice.RemainingCents,
            command.PayerEmail.Trim(), command.NotificationUrl, command.ReturnUrl, town.PayfipEnvironment);
        var created = await payfip.CreateAsync(request, ct);
        if (!created.Created)
        {
            log.LogWarning("PayFiP refused to create a payment of invoice {Number}: {Code} {Message}", invoice.Number, created.ErrorCode, created.ErrorMessage);
            return InvoicingOutputText.Refusal(created.ErrorCode == "unreachable" ? "PayfipUnreachable" : "PayfipRefused", "InvoiceId");
        }

        var decision = OnlinePaymentDecisions.Start(
            command.AttemptId, null, invoice, command.GuardianId, created.IdOp!, town.PayfipClientNumber!, town.PayfipEnvironment,
            command.PayerEmail.Trim(), objet, clock.GetUtcNow());
        session.Events.StartStream<OnlinePaymentAttempt>(command.AttemptId, [.. decision.Events]);
        return payfip.PaymentPageUrl(created.IdOp!);
    }
}

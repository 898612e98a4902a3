using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.StartOnlinePayment;

/// <summary>
/// A guardian asks to pay an invoice of their family by card (<c>Payer par CB</c>): where the town enabled online payment and
/// the invoice has at least PayFiP's minimum (1 €) left to pay, PayFiP is asked for an operation (<c>creerPaiementSecurise</c>)
/// of the invoice's remaining balance and the attempt's stream starts with the <c>idOp</c> it returns. The result is the
/// address of PayFiP's card page to send the browser to. <see cref="AttemptId"/> is drawn by the page, which builds
/// <see cref="ReturnUrl"/> (where the browser comes back: the attempt's status page) and <see cref="NotificationUrl"/>
/// (PayFiP's server-to-server notification) from it. Guardian.
/// </summary>
public sealed record StartOnlinePaymentCommand(
    Guid AttemptId, Guid InvoiceId, Guid FamilyId, Guid GuardianId, string PayerEmail, string NotificationUrl, string ReturnUrl)
    : ICommand<Result<string>>;

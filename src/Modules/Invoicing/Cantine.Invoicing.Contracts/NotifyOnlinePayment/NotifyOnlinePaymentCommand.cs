using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Contracts.NotifyOnlinePayment;

/// <summary>
/// PayFiP notified the town that operation <see cref="IdOp"/> ended. The notification is never trusted: the attempt is looked
/// up by its <c>idOp</c> in this town (unknown: refused, nothing changes) and PayFiP's detail
/// (<c>recupererDetailPaiementSecurise</c>) decides. Idempotent: a second notification, or one after the parent came back,
/// settles nothing twice. Anonymous (PayFiP's server).
/// </summary>
public sealed record NotifyOnlinePaymentCommand(string IdOp) : ICommand<Result<OnlinePaymentState>>;

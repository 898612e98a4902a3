using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;

namespace Cantine.Invoicing.Contracts.CheckOnlinePayment;

/// <summary>
/// The parent came back from PayFiP to the attempt's page: if the attempt of this family is still pending, PayFiP's detail is
/// fetched once (the same decision as a notification); its state is returned. Unknown attempt or another family's: refused.
/// Guardian.
/// </summary>
public sealed record CheckOnlinePaymentCommand(Guid AttemptId, Guid FamilyId) : ICommand<Result<OnlinePaymentState>>;

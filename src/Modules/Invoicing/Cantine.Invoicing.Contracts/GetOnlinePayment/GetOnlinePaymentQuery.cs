using Mediator;

namespace Cantine.Invoicing.Contracts.GetOnlinePayment;

/// <summary>An attempt of this family, for its status page (null: unknown, or another family's). Guardian.</summary>
public sealed record GetOnlinePaymentQuery(Guid AttemptId, Guid FamilyId) : IQuery<OnlinePaymentDto?>;

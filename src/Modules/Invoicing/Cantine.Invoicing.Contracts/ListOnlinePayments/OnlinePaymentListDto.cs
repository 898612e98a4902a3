using Cantine.Invoicing.Contracts.OnlinePayments;

namespace Cantine.Invoicing.Contracts.ListOnlinePayments;

/// <summary>One page of attempts, how many match in all, and how many of the town's attempts need attention.</summary>
public sealed record OnlinePaymentListDto(IReadOnlyList<OnlinePaymentRowDto> Rows, int Total, int Page, int PageCount, int NeedingAttention);

/// <summary>
/// An attempt as the treasurer reads it: the invoice and family, the amount asked (cents), the state, PayFiP's raw fields
/// when its detail was fetched (<c>resultrans</c>, <c>numauto</c>, <c>dattrans</c> as ddMMyyyy, <c>heurtrans</c> as HHmm,
/// <c>montant</c>, <c>refdet</c>, <c>saisie</c>), the number of notifications received, and why staff should look at it:
/// <see cref="Overpaid"/> (paid when nothing or less was left to pay: a refund is the treasury's matter) or
/// <see cref="Problem"/> (a French sentence for an anomaly or an unanswered attempt).
/// </summary>
public sealed record OnlinePaymentRowDto(
    Guid AttemptId,
    Guid InvoiceId,
    string InvoiceNumber,
    Guid FamilyId,
    string FamilyName,
    string IdOp,
    string Refdet,
    int AmountCents,
    OnlinePaymentState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SettledAt,
    int Notifications,
    string? ResultTrans,
    string? NumAuto,
    string? TransDate,
    string? TransTime,
    int? PaidAmountCents,
    string Environment,
    bool Overpaid,
    string? Problem);

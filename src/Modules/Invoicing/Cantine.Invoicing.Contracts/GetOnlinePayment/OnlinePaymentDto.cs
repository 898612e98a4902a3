using Cantine.Invoicing.Contracts.OnlinePayments;

namespace Cantine.Invoicing.Contracts.GetOnlinePayment;

/// <summary>
/// An attempt as its parent sees it: the invoice paid, the amount asked of PayFiP (cents), the state, and the invoice's
/// remaining balance now (what a new attempt would ask).
/// </summary>
public sealed record OnlinePaymentDto(
    Guid AttemptId,
    Guid InvoiceId,
    string InvoiceNumber,
    int AmountCents,
    OnlinePaymentState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SettledAt,
    int InvoiceRemainingCents);

namespace Cantine.Invoicing.Contracts.OnlinePayments;

/// <summary>
/// Where an online payment attempt (PayFiP) stands. <see cref="Pending"/>: created, no final answer from PayFiP yet;
/// <see cref="Paid"/>: PayFiP's detail said paid (<c>P</c> or <c>V</c>) and the invoice got the payment once;
/// <see cref="Refused"/> (<c>R</c>, <c>Z</c>) and <see cref="Abandoned"/> (<c>A</c>): nothing paid, the invoice is still payable;
/// <see cref="Anomaly"/>: PayFiP's detail does not match the attempt (amount, reference, client number): nothing is recorded
/// on the invoice, staff check it with the treasury; <see cref="Unanswered"/>: no answer from PayFiP a day after the attempt
/// was created (shown to staff; a late answer still settles it); <see cref="Expired"/>: a day later PayFiP still said the
/// operation never completed or is unknown (the parent left the card page: nothing was paid; a late answer still settles it).
/// </summary>
public enum OnlinePaymentState
{
    Pending,
    Paid,
    Refused,
    Abandoned,
    Anomaly,
    Unanswered,
    Expired,
}

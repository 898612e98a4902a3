namespace Cantine.Invoicing.Domain.OnlinePayments;

/// <summary>
/// A guardian started paying an invoice by card: PayFiP created operation <paramref name="IdOp"/> for
/// <paramref name="AmountCents"/> (the invoice's remaining balance then), with the fields sent to PayFiP (<c>refdet</c>,
/// <c>numcli</c>, <c>exer</c>, <c>saisie</c>, <c>mel</c>, <c>objet</c>). The first event of the attempt's stream.
/// </summary>
public sealed record OnlinePaymentStarted(
    Guid AttemptId,
    Guid InvoiceId,
    string InvoiceNumber,
    Guid FamilyId,
    string FamilyName,
    Guid GuardianId,
    string IdOp,
    string RefDet,
    int AmountCents,
    string NumCli,
    int Exer,
    string Saisie,
    string Mel,
    string Objet,
    DateTimeOffset At);

/// <summary>PayFiP's server notified the end of the operation (each notification is one event: duplicates are counted, never trusted).</summary>
public sealed record OnlinePaymentNotified(Guid AttemptId, DateTimeOffset At);

/// <summary>
/// PayFiP's detail could not say yet: <paramref name="Code"/> is PayFiP's answer (<c>P5</c> in progress, <c>P1</c> unknown) or
/// <c>unreachable</c>; the next check is due at <paramref name="NextCheckAt"/> (back-off).
/// </summary>
public sealed record OnlinePaymentCheckInconclusive(Guid AttemptId, string Code, DateTimeOffset At, DateTimeOffset NextCheckAt);

/// <summary>PayFiP's detail of the operation, its raw fields kept as sent for the treasurer.</summary>
public sealed record OnlinePaymentDetailed(Guid AttemptId, PayfipFields Fields, DateTimeOffset At);

/// <summary>
/// The attempt's outcome, decided from PayFiP's detail: paid (the invoice got <c>InvoicePaidOnline</c> in the same
/// transaction; <paramref name="Overpaid"/> when less than the amount was left to pay), refused, abandoned, or an anomaly
/// (<paramref name="Problem"/>: the detail does not match the attempt; nothing recorded on the invoice).
/// </summary>
public sealed record OnlinePaymentSettled(
    Guid AttemptId, OnlinePaymentOutcome Outcome, int? PaidCents, bool Overpaid, string? Problem, DateTimeOffset At);

/// <summary>
/// A day after its creation PayFiP still gave no outcome: <paramref name="Expired"/> when PayFiP answered that the operation
/// is unknown or never completed (nothing was paid), otherwise unanswered (PayFiP never answered: staff check with the treasury).
/// A later notification may still settle it.
/// </summary>
public sealed record OnlinePaymentAbandonedByPayfip(Guid AttemptId, bool Expired, string? LastCode, DateTimeOffset At);

/// <summary>What PayFiP's detail decided.</summary>
public enum OnlinePaymentOutcome
{
    Paid,
    Refused,
    Abandoned,
    Anomaly,
}

/// <summary>The raw fields of PayFiP's detail (<c>recupererDetailPaiementSecurise</c>), as text.</summary>
public sealed record PayfipFields(
    string IdOp,
    string ResultTrans,
    string Montant,
    string RefDet,
    string? NumAuto,
    string? DatTrans,
    string? HeurTrans,
    string NumCli,
    string Exer,
    string? Mel,
    string? Objet,
    string Saisie);

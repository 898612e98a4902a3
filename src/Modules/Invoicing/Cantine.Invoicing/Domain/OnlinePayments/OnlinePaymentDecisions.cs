using System.Globalization;
using System.Text;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Domain;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.Parties;

namespace Cantine.Invoicing.Domain.OnlinePayments;

/// <summary>
/// The rules of paying an invoice online through PayFiP (ADR 0029): who may start, what is asked of PayFiP, and what its
/// detail — never a notification's body — decides. Settling is idempotent: a settled attempt changes no more, and the
/// invoice gets its payment once, keyed by the attempt (two notifications at once: one wins, the other finds it settled).
/// </summary>
public static class OnlinePaymentDecisions
{
    /// <summary>PayFiP refuses less than 1 €.</summary>
    public const int PayfipMinimumCents = 100;

    /// <summary>The longest wait between two checks of an attempt without outcome.</summary>
    public static readonly TimeSpan LongestBackOff = TimeSpan.FromHours(4);

    /// <summary>Why this family may not pay this invoice online now (a message key), or null when it may.</summary>
    public static string? RefuseStart(Invoice? invoice, Guid familyId, TownCopy? town) =>
        invoice is null || invoice.FamilyId != familyId ? "InvoiceNotFound"
        : invoice.IsCreditNote ? "NotAnInvoice"
        : town is null || !town.OnlinePayment || string.IsNullOrEmpty(town.PayfipClientNumber) ? "OnlinePaymentOff"
        : invoice.RemainingCents <= 0 ? "InvoiceAlreadyPaid"
        : invoice.RemainingCents < PayfipMinimumCents ? "BelowPayfipMinimum"
        : null;

    /// <summary>PayFiP's <c>refdet</c> of an invoice: its number's letters and digits ("2030-000123" → "2030000123").</summary>
    public static string RefDet(Invoice invoice) => new([.. invoice.Number.Where(char.IsAsciiLetterOrDigit)]);

    /// <summary>PayFiP's <c>objet</c>: ASCII letters, digits and spaces, at most 100 characters.</summary>
    public static string Objet(Invoice invoice, string townName)
    {
        var text = $"Facture {invoice.Number} {townName}".Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                kept.Append(c);
            }
            else if ((c == ' ' || c == '-' || c == '\'') && kept.Length > 0 && kept[^1] != ' ')
            {
                kept.Append(' ');
            }
        }

        var objet = kept.ToString().Trim();
        return objet.Length <= 100 ? objet : objet[..100].TrimEnd();
    }

    /// <summary>PayFiP created operation <paramref name="idOp"/>: the attempt's stream starts (a stream that exists already: nothing).</summary>
    public static Decision Start(
        Guid attemptId, OnlinePaymentAttempt? existing, Invoice invoice, Guid guardianId, string idOp, string numCli, string saisie, string mel,
        string objet, DateTimeOffset now) =>
        existing is not null ? Decision.Nothing
        : Decision.Append(new OnlinePaymentStarted(
            attemptId, invoice.Id, invoice.Number, invoice.FamilyId, invoice.FamilyName, guardianId, idOp, RefDet(invoice),
            invoice.RemainingCents, numCli, invoice.Year, saisie, mel, objet, now));

    /// <summary>A notification for an operation of this town is counted; one for an unknown operation is refused.</summary>
    public static Decision Notified(OnlinePaymentAttempt? attempt, DateTimeOffset now) =>
        attempt is null ? Decision.Refuse("UnknownOperation")
        : Decision.Append(new OnlinePaymentNotified(attempt.Id, now));

    /// <summary>
    /// PayFiP answered about the attempt: events for the attempt's stream and for its invoice's. A settled attempt changes no
    /// more. A detail that does not match the attempt (operation, reference, client number, year, an amount that is not the
    /// one asked) is an anomaly: nothing is recorded on the invoice. <c>P</c>/<c>V</c> pay the invoice once (more than left to
    /// pay: overpaid, a credit for the family, staff told); <c>R</c>/<c>Z</c> refused; <c>A</c> abandoned; anything else an
    /// anomaly. No outcome yet: the next check is due after a back-off (doubling from 20 minutes, at most
    /// <see cref="LongestBackOff"/>), and a day after the attempt started it expires (PayFiP said it never completed) or is
    /// left unanswered (PayFiP never answered).
    /// </summary>
    public static OnlinePaymentResolution Decide(OnlinePaymentAttempt attempt, Invoice invoice, PayfipAnswer answer, DateTimeOffset now)
    {
        if (attempt.IsSettled)
        {
            return OnlinePaymentResolution.None;
        }

        if (answer.Fields is not { } fields)
        {
            return NoOutcome(attempt, answer, now);
        }

        var detailed = new OnlinePaymentDetailed(attempt.Id, fields, now);
        if (Mismatch(attempt, fields) is { } problem)
        {
            return new([detailed, new OnlinePaymentSettled(attempt.Id, OnlinePaymentOutcome.Anomaly, null, false, problem, now)], []);
        }

        switch (fields.ResultTrans.Trim().ToUpperInvariant())
        {
            case "P" or "V":
                var overpaid = invoice.RemainingCents < attempt.AmountCents;
                var paidOn = TransactionDay(fields) ?? ParisTime.DateOf(now);
                return new(
                    [detailed, new OnlinePaymentSettled(attempt.Id, OnlinePaymentOutcome.Paid, attempt.AmountCents, overpaid, overpaid ? "Overpaid" : null, now)],
                    invoice.Payments.Any(p => p.PaymentId == attempt.Id)
                        ? []
                        : [new InvoicePaidOnline(invoice.Id, attempt.Id, attempt.AmountCents, paidOn, attempt.IdOp, Blank(fields.NumAuto), now)]);
            case "R" or "Z":
                return new([detailed, new OnlinePaymentSettled(attempt.Id, OnlinePaymentOutcome.Refused, null, false, null, now)], []);
            case "A":
                return new([detailed, new OnlinePaymentSettled(attempt.Id, OnlinePaymentOutcome.Abandoned, null, false, null, now)], []);
            default:
                return new([detailed, new OnlinePaymentSettled(attempt.Id, OnlinePaymentOutcome.Anomaly, null, false, "UnknownResult", now)], []);
        }
    }

    /// <summary>The next check after <paramref name="inconclusiveChecks"/> inconclusive ones: 20 min, 40, 80… at most <see cref="LongestBackOff"/>.</summary>
    public static TimeSpan BackOff(int inconclusiveChecks) =>
        TimeSpan.FromMinutes(Math.Min(20 * Math.Pow(2, Math.Min(inconclusiveChecks, 10)), LongestBackOff.TotalMinutes));

    private static OnlinePaymentResolution NoOutcome(OnlinePaymentAttempt attempt, PayfipAnswer answer, DateTimeOffset now)
    {
        var code = answer.Code ?? PayfipAnswer.Unreachable;
        var giveUpAt = attempt.CreatedAt + OnlinePaymentAttempt.GiveUpAfter;
        if (now >= giveUpAt)
        {
            // Already given up (unanswered or expired) and asked again: nothing new to say.
            return attempt.State is Contracts.OnlinePayments.OnlinePaymentState.Pending
                ? new([new OnlinePaymentAbandonedByPayfip(attempt.Id, answer.PayfipSaidNoOutcome, code, now)], [])
                : OnlinePaymentResolution.None;
        }

        var next = now + BackOff(attempt.InconclusiveChecks);
        return new([new OnlinePaymentCheckInconclusive(attempt.Id, code, now, next < giveUpAt ? next : giveUpAt)], []);
    }

    private static string? Mismatch(OnlinePaymentAttempt attempt, PayfipFields fields) =>
        !string.Equals(fields.IdOp.Trim(), attempt.IdOp, StringComparison.Ordinal) ? "OperationMismatch"
        : !string.Equals(fields.RefDet.Trim(), attempt.RefDet, StringComparison.OrdinalIgnoreCase) ? "ReferenceMismatch"
        : !string.Equals(fields.NumCli.Trim(), attempt.NumCli, StringComparison.Ordinal) ? "ClientMismatch"
        : !int.TryParse(fields.Exer.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var exer) || exer != attempt.Exer ? "YearMismatch"
        : !int.TryParse(fields.Montant.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var cents) || cents != attempt.AmountCents ? "AmountMismatch"
        : null;

    /// <summary>PayFiP's <c>dattrans</c> (ddMMyyyy), when it reads as a date.</summary>
    private static DateOnly? TransactionDay(PayfipFields fields) =>
        DateOnly.TryParseExact(fields.DatTrans?.Trim(), "ddMMyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The events a PayFiP answer appends to the attempt's stream and to its invoice's (both in one transaction).</summary>
public sealed record OnlinePaymentResolution(IReadOnlyList<object> AttemptEvents, IReadOnlyList<object> InvoiceEvents)
{
    public static OnlinePaymentResolution None { get; } = new([], []);
}

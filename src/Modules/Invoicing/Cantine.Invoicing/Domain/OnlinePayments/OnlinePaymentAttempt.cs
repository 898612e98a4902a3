using Cantine.Invoicing.Contracts.OnlinePayments;

namespace Cantine.Invoicing.Domain.OnlinePayments;

/// <summary>
/// An online payment attempt (one stream each, id drawn by the page) as pages, the notification and the reconciliation job
/// read it: the inline snapshot, indexed on <see cref="IdOp"/>, the family, the state and <see cref="NextCheckAt"/>.
/// <see cref="NeedsAttention"/>: staff should look at it (an anomaly, an overpayment, or no answer from PayFiP).
/// </summary>
public sealed record OnlinePaymentAttempt(
    Guid Id,
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
    DateTimeOffset CreatedAt,
    OnlinePaymentState State,
    DateTimeOffset? NextCheckAt,
    int Notifications = 0,
    int InconclusiveChecks = 0,
    string? LastCode = null,
    PayfipFields? Detail = null,
    DateTimeOffset? SettledAt = null,
    int? PaidCents = null,
    bool Overpaid = false,
    string? Problem = null,
    bool NeedsAttention = false,
    string SearchText = "")
{
    /// <summary>The first check for a lost notification: 20 minutes after creation (an idOp lives about 15).</summary>
    public static readonly TimeSpan FirstCheckAfter = TimeSpan.FromMinutes(20);

    /// <summary>A day without an outcome: staff are told.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(1);

    /// <summary>Paid, refused, abandoned or an anomaly: PayFiP's detail decided; nothing changes it any more.</summary>
    public bool IsSettled => State is OnlinePaymentState.Paid or OnlinePaymentState.Refused or OnlinePaymentState.Abandoned or OnlinePaymentState.Anomaly;

    public static OnlinePaymentAttempt Create(OnlinePaymentStarted e) => new(
        e.AttemptId, e.InvoiceId, e.InvoiceNumber, e.FamilyId, e.FamilyName, e.GuardianId, e.IdOp, e.RefDet, e.AmountCents, e.NumCli,
        e.Exer, e.Saisie, e.Mel, e.At, OnlinePaymentState.Pending, e.At + FirstCheckAfter,
        SearchText: Search(e.InvoiceNumber, e.FamilyName, e.IdOp));

    public OnlinePaymentAttempt Apply(OnlinePaymentNotified e) => this with { Notifications = Notifications + 1 };

    public OnlinePaymentAttempt Apply(OnlinePaymentCheckInconclusive e) =>
        this with { InconclusiveChecks = InconclusiveChecks + 1, LastCode = e.Code, NextCheckAt = e.NextCheckAt };

    public OnlinePaymentAttempt Apply(OnlinePaymentDetailed e) => this with { Detail = e.Fields };

    public OnlinePaymentAttempt Apply(OnlinePaymentSettled e) => this with
    {
        State = e.Outcome switch
        {
            OnlinePaymentOutcome.Paid => OnlinePaymentState.Paid,
            OnlinePaymentOutcome.Refused => OnlinePaymentState.Refused,
            OnlinePaymentOutcome.Abandoned => OnlinePaymentState.Abandoned,
            _ => OnlinePaymentState.Anomaly,
        },
        SettledAt = e.At,
        PaidCents = e.PaidCents,
        Overpaid = e.Overpaid,
        Problem = e.Problem,
        NextCheckAt = null,
        NeedsAttention = e.Outcome == OnlinePaymentOutcome.Anomaly || e.Overpaid,
    };

    public OnlinePaymentAttempt Apply(OnlinePaymentAbandonedByPayfip e) => this with
    {
        State = e.Expired ? OnlinePaymentState.Expired : OnlinePaymentState.Unanswered,
        SettledAt = e.At,
        NextCheckAt = null,
        Problem = e.Expired ? null : "Unanswered",
        NeedsAttention = !e.Expired,
    };

    /// <summary>Lower-case, accent-free text a search matches: the invoice number, the family's name, the idOp.</summary>
    public static string Search(string number, string familyName, string idOp) =>
        Invoices.InvoiceSearch.Key(number, familyName) + " " + idOp.ToLowerInvariant();
}

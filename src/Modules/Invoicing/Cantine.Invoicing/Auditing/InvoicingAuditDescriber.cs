using System.Globalization;
using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.Numbering;
using Cantine.Invoicing.Domain.OnlinePayments;
using Marten;

namespace Cantine.Invoicing.Auditing;

/// <summary>
/// The audit log's French sentences for payments, credit notes and the start of a month's batch (issue #14). Each invoice
/// issued by a batch, the numbers it took and its chunks are the batch's bookkeeping, not changes: never listed (the
/// batch's start is, with its author).
/// </summary>
internal sealed class InvoicingAuditDescriber(IQuerySession session) : IAuditDescriber
{
    private static readonly ResourceTexts Texts = new("Cantine.Invoicing.Resources.InvoicingAuditText", typeof(InvoicingAuditDescriber).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public IReadOnlyCollection<Type> Ignored { get; } =
        [typeof(InvoiceIssued), typeof(InvoiceReminderSent), typeof(OnlinePaymentStarted), typeof(OnlinePaymentNotified),
            typeof(OnlinePaymentCheckInconclusive), typeof(OnlinePaymentDetailed), typeof(OnlinePaymentAbandonedByPayfip), typeof(InvoiceNumbersAllocated), typeof(InvoiceBatchChunkProcessed), typeof(InvoiceBatchCompleted)];

    public async ValueTask<string?> DescribeAsync(AuditedEvent e, CancellationToken ct) => e.Data switch
    {
        InvoicePaymentRecorded x => Texts.Get("PaymentRecorded", InvoicingOutputText.Euros(x.AmountCents), Texts.Get("Method." + x.Method),
            await NumberAsync(x.InvoiceId, ct), await FamilyAsync(x.InvoiceId, ct), x.PaidOn.ToString("dd/MM/yyyy", French),
            string.IsNullOrWhiteSpace(x.Reference) ? "" : Texts.Get("Reference", x.Reference)),
        InvoicePaidOnline x => Texts.Get("PaidOnline", InvoicingOutputText.Euros(x.AmountCents), await NumberAsync(x.InvoiceId, ct),
            await FamilyAsync(x.InvoiceId, ct), x.IdOp, x.NumAuto ?? "—"),
        OnlinePaymentSettled x => await SettledAsync(x, ct),
        InvoiceCredited x => Texts.Get("InvoiceCredited", await NumberAsync(x.InvoiceId, ct), InvoicingOutputText.Euros(x.AmountCents), x.CreditNoteNumber, x.Reason),
        CreditNoteIssued x => Texts.Get("CreditNoteIssued", x.Number, x.InvoiceNumber, x.Document.Family.FamilyName, InvoicingOutputText.Euros(x.AmountCents)),
        InvoiceBatchStarted x => Texts.Get("BatchStarted", x.Month.ToString("MMMM yyyy", French), x.FamilyIds.Count),
        _ => null,
    };

    /// <summary>The family's invoices and credit notes.</summary>
    public async ValueTask<IReadOnlyCollection<Guid>> FamilyStreamsAsync(Guid familyId, CancellationToken ct) =>
        await session.Query<Invoice>().Where(i => i.FamilyId == familyId).Select(i => i.Id).ToListAsync(ct);

    /// <summary>An attempt's outcome (a paid one is also told by its invoice's payment).</summary>
    private async Task<string?> SettledAsync(OnlinePaymentSettled x, CancellationToken ct)
    {
        var attempt = await session.LoadAsync<OnlinePaymentAttempt>(x.AttemptId, ct);
        return Texts.Get("OnlinePaymentSettled", attempt?.InvoiceNumber ?? "?", attempt?.FamilyName ?? "?", attempt?.IdOp ?? "?", Texts.Get("Outcome." + x.Outcome));
    }

    private async Task<string> NumberAsync(Guid invoiceId, CancellationToken ct) =>
        (await session.LoadAsync<Invoice>(invoiceId, ct))?.Number ?? "?";

    private async Task<string> FamilyAsync(Guid invoiceId, CancellationToken ct) =>
        (await session.LoadAsync<Invoice>(invoiceId, ct))?.FamilyName ?? "?";
}

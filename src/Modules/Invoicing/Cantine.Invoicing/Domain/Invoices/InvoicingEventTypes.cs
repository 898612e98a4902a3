using Cantine.Invoicing.Domain.Batches;
using Cantine.Invoicing.Domain.Numbering;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>The event types of invoices, credit notes, numbering and batches (registered with Marten).</summary>
public static class InvoicingEventTypes
{
    public static IReadOnlyList<Type> OutputSide { get; } =
    [
        typeof(InvoiceIssued), typeof(InvoicePaymentRecorded), typeof(InvoicePaidOnline), typeof(InvoiceCredited), typeof(CreditNoteIssued), typeof(InvoiceReminderSent),
        typeof(InvoiceNumbersAllocated),
        typeof(InvoiceBatchStarted), typeof(InvoiceBatchChunkProcessed), typeof(InvoiceBatchCompleted),
    ];
}

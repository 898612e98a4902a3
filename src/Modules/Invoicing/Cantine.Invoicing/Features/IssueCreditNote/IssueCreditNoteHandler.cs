using System.Security.Cryptography;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Domain;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.IssueCreditNote;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.Numbering;
using Cantine.Invoicing.Features.Batch;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.IssueCreditNote;

/// <summary>
/// Load the invoice and the year's numbering (expected versions) → <see cref="InvoiceDecisions"/> → take the next number,
/// credit the invoice, start the credit note's stream with its PDF: one transaction, no gap in the series.
/// </summary>
public sealed class IssueCreditNoteHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock, IInvoicePdfRenderer pdf)
    : ICommandHandler<IssueCreditNoteCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(IssueCreditNoteCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ParisTime.DateOf(now);
        var creditNoteId = InvoiceIds.CreditNote(tenant.TenantId, command.RequestId);
        var invoice = await session.Events.FetchForWriting<Invoice>(command.InvoiceId, ct);
        var numberingId = InvoiceNumbering.IdFor(tenant.TenantId, today.Year);
        var numbering = await session.Events.FetchForWriting<InvoiceNumbering>(numberingId, ct);
        var number = numbering.Aggregate?.Next ?? new InvoiceNumber(today.Year, 1);
        var decision = InvoiceDecisions.Decide(
            new CreditInvoice(command.InvoiceId, creditNoteId, number, command.AmountCents, command.Reason, command.StaffUserId, command.StaffName.Trim()),
            invoice.Aggregate, now);
        if (decision.IsRefused)
        {
            return InvoicingOutputText.Refusal(decision);
        }

        if (decision.Events.Count == 0)
        {
            return creditNoteId;
        }

        numbering.AppendMany(InvoiceNumberingDecisions.Allocate(numberingId, today.Year, 1, numbering.Aggregate).Decision.Events);
        invoice.AppendMany(decision.Events);
        var document = CreditNotes.DocumentFor(invoice.Aggregate!, number, command.AmountCents, command.Reason, today);
        var bytes = pdf.Render(document);
        var fileId = StableId.For("invoice-pdf", creditNoteId);
        FileStore.QueueSave(session, fileId, $"avoir-{number.Text}.pdf", "application/pdf", bytes);
        session.Events.StartStream<Invoice>(creditNoteId, CreditNotes.Issued(
            invoice.Aggregate!, (InvoiceCredited)decision.Events[0], number, document, fileId, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        return creditNoteId;
    }
}

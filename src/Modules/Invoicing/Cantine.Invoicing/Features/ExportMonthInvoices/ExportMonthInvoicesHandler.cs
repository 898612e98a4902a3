using Cantine.Invoicing.Contracts.ExportMonthInvoices;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Invoices;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.ExportMonthInvoices;

/// <summary>One batched query: the documents issued in the month, and the invoices with a payment received in it.</summary>
public sealed class ExportMonthInvoicesHandler(IQuerySession session) : IQueryHandler<ExportMonthInvoicesQuery, MonthExportDto>
{
    public async ValueTask<MonthExportDto> Handle(ExportMonthInvoicesQuery query, CancellationToken ct)
    {
        var first = new DateOnly(query.Month.Year, query.Month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var batch = session.CreateBatchQuery();
        var issuedRead = batch.Query<Invoice>().Where(i => i.IssuedOn >= first && i.IssuedOn <= last).ToList();
        var paidRead = batch.Query<Invoice>().Where(i => i.Payments.Any(p => p.PaidOn >= first && p.PaidOn <= last)).ToList();
        await batch.Execute(ct);

        var documents = (await issuedRead)
            .OrderBy(i => i.Year).ThenBy(i => i.Sequence)
            .Select(i => new ExportRowDto(
                i.IsCreditNote ? ExportRowKind.CreditNote : ExportRowKind.Invoice, i.Number, i.IssuedOn, i.Month, i.FamilyName, i.FamilyId,
                i.TotalCents, null, null, i.CreditedInvoiceNumber, i.IsCreditNote ? null : i.DueOn, i.IsCreditNote ? null : i.RemainingCents));
        var payments = (await paidRead)
            .SelectMany(i => i.Payments.Where(p => p.PaidOn >= first && p.PaidOn <= last).Select(p => (Invoice: i, Payment: p)))
            .OrderBy(x => x.Payment.PaidOn).ThenBy(x => x.Invoice.Year).ThenBy(x => x.Invoice.Sequence)
            .Select(x => new ExportRowDto(
                ExportRowKind.Payment, x.Invoice.Number, x.Payment.PaidOn, x.Invoice.Month, x.Invoice.FamilyName, x.Invoice.FamilyId,
                x.Payment.AmountCents, x.Payment.Method, x.Payment.Reference, null, null, null, x.Payment.IdOp));
        return new MonthExportDto(first, [.. documents, .. payments]);
    }
}

using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.GetInvoice;
using Cantine.Invoicing.Domain.Invoices;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetInvoice;

/// <summary>
/// One statement: the invoice and every invoice of its family (for the balance), selected by the invoice's id in a
/// subquery; another town's id finds nothing (both levels filter on the tenant).
/// </summary>
public sealed class GetInvoiceHandler(IQuerySession session, ITenantContext tenant, TimeProvider clock) : IQueryHandler<GetInvoiceQuery, InvoiceDetailDto?>
{
    public async ValueTask<InvoiceDetailDto?> Handle(GetInvoiceQuery query, CancellationToken ct)
    {
        var table = session.DocumentStore.Options.Schema.For<Invoice>();
        var family = await session.QueryAsync<Invoice>(
            $"where tenant_id = ? and data ->> 'familyId' = (select i.data ->> 'familyId' from {table} i where i.tenant_id = ? and i.id = ?)",
            ct, tenant.TenantId, tenant.TenantId, query.InvoiceId);
        if (family.FirstOrDefault(i => i.Id == query.InvoiceId) is not { } invoice)
        {
            return null;
        }

        return new InvoiceDetailDto(
            invoice.Id, invoice.Kind, invoice.Number, invoice.FamilyId, invoice.FamilyName, invoice.Month, invoice.IssuedOn, invoice.DueOn,
            invoice.StatusOn(ParisTime.Today(clock)), invoice.TotalCents, invoice.PaidCents, invoice.CreditedCents, invoice.RemainingCents,
            invoice.CreditableCents, invoice.NoValidQuotient,
            [.. invoice.Lines.Select(l => new InvoiceLineDto(l.ChildName, l.ServiceName, l.Description, l.Quantity, l.UnitPriceCents, l.AmountCents, l.Bracket))],
            [.. invoice.Payments.Select(p => new InvoicePaymentDto(p.PaidOn, p.Method, p.AmountCents, p.Reference, p.Author))],
            [.. invoice.Credits.Select(c => new InvoiceCreditDto(c.CreditNoteId, c.Number, c.AmountCents, c.Reason))],
            invoice.CreditedInvoiceId, invoice.CreditedInvoiceNumber, invoice.Reason, family.Sum(i => i.BalanceCents));
    }
}

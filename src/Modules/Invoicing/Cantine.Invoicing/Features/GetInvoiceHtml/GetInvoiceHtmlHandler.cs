using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.GetInvoiceHtml;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Rendering;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetInvoiceHtml;

/// <summary>One load of the snapshot; the HTML twin shows the <see cref="InvoiceDocument"/> fixed at issue, as the PDF does.</summary>
public sealed class GetInvoiceHtmlHandler(IQuerySession session, TimeProvider clock) : IQueryHandler<GetInvoiceHtmlQuery, InvoiceHtmlDto?>
{
    public async ValueTask<InvoiceHtmlDto?> Handle(GetInvoiceHtmlQuery query, CancellationToken ct)
    {
        var invoice = await session.LoadAsync<Invoice>(query.InvoiceId, ct);
        return invoice is null || invoice.FamilyId != query.FamilyId ? null : InvoiceHtml.From(invoice, ParisTime.Today(clock));
    }
}

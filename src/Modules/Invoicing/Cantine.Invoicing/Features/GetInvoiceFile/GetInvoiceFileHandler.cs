using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.GetInvoiceFile;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Invoices;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.GetInvoiceFile;

/// <summary>
/// The snapshot says whose document it is and where its PDF is; the file store streams the bytes stored at issue (never
/// re-rendered). The session and the file store are both bound to the current town: another town's id finds nothing.
/// </summary>
public sealed class GetInvoiceFileHandler(IQuerySession session, FileStore files, ITenantContext tenant) : IQueryHandler<GetInvoiceFileQuery, InvoiceFileDto?>
{
    public async ValueTask<InvoiceFileDto?> Handle(GetInvoiceFileQuery query, CancellationToken ct)
    {
        var invoice = await session.LoadAsync<Invoice>(query.InvoiceId, ct);
        if (invoice is null || invoice.FamilyId != query.FamilyId || invoice.PdfFileId == Guid.Empty)
        {
            return null;
        }

        var file = await files.OpenReadAsync(tenant.TenantId, invoice.PdfFileId, ct);
        var name = $"{(invoice.Kind == InvoiceKind.CreditNote ? "avoir" : "facture")}-{invoice.Number}.pdf";
        return file is null ? null : new InvoiceFileDto(name, file.Size, file.Content);
    }
}

using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>Renders an invoice's or credit note's PDF, once, at issue (the bytes are stored with their SHA-256).</summary>
public interface IInvoicePdfRenderer
{
    byte[] Render(InvoiceDocument document);
}

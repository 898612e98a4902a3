using Cantine.Invoicing.Features.Batch;

namespace Cantine.Invoicing.Rendering;

/// <summary>The batch's and credit notes' PDF renderer: <see cref="InvoicePdf"/> (PDFsharp, deterministic bytes).</summary>
internal sealed class PdfSharpInvoiceRenderer : IInvoicePdfRenderer
{
    public byte[] Render(InvoiceDocument document) => InvoicePdf.Render(document);
}

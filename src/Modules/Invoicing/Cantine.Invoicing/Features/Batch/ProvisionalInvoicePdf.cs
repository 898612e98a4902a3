using System.Globalization;
using System.Text;
using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Features.Batch;

/// <summary>
/// Until <c>Rendering/InvoicePdf</c> (branch inv-docs) is merged: a one-page PDF naming the document's number, family and
/// total, deterministic for the same document. Replaced by the real rendering when that lands.
/// </summary>
internal sealed class ProvisionalInvoicePdf : IInvoicePdfRenderer
{
    public byte[] Render(InvoiceDocument document)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{document.Kind} {document.Number} {document.Family.FamilyId} {document.TotalCents}");
        var content = $"BT /F1 12 Tf 50 780 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}

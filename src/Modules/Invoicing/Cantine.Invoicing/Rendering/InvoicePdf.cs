using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Cantine.Invoicing.Domain.Billing;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cantine.Invoicing.Rendering;

/// <summary>
/// Renders an <see cref="InvoiceDocument"/> as an A4 PDF in French with embedded DejaVu fonts: the town (name, address,
/// logo), the family and its billing address, number, dates and period, one row per line (child, service, bracket,
/// quantity, unit price, amount), totals, the balance carried and the means of payment. Rows flow onto further pages
/// (the table header repeats). The output is a pure function of the document: the PDF's dates come from
/// <see cref="InvoiceDocument.IssuedOn"/> and its file identifier from the number, so the same document always gives
/// the same bytes and a stored hash means something.
/// </summary>
public static partial class InvoicePdf
{
    private const double PageWidth = 595.28;   // A4 in points
    private const double PageHeight = 841.89;
    private const double Margin = 42;
    private const double ContentWidth = PageWidth - 2 * Margin;
    private const double BottomLimit = PageHeight - 56; // room for the footer
    private const double CellPadding = 3;

    private static readonly XColor Ink = XColor.FromArgb(33, 37, 41);
    private static readonly XColor Rule = XColor.FromArgb(160, 160, 160);
    private static readonly XColor HeaderFill = XColor.FromArgb(230, 236, 242);

    // Child, service, bracket, quantity, unit price, amount: widths sum to ContentWidth.
    private static readonly double[] ColumnWidths = [86, 144, 93, 40, 74, 74.28];

    public static byte[] Render(InvoiceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        InvoiceFonts.EnsureRegistered();

        using var pdf = new PdfDocument();
        var kindTitle = InvoiceRenderingText.Get(document.Kind == InvoiceKinds.CreditNote ? "Title.Avoir" : "Title.Facture");
        FixMetadata(pdf, document, kindTitle);

        var writer = new Writer(pdf);
        writer.NewPage();
        writer.Header(document, kindTitle);
        writer.Lines(document);
        writer.Totals(document);
        writer.Payment(document);
        writer.Footers(kindTitle, document.Number);

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return Stabilized(output.ToArray(), DocumentGuid(document));
    }

    /// <summary>
    /// PDFsharp names each embedded font subset with a random six-letter tag (<c>JPTAOH+DejaVu Sans</c>) and writes random
    /// XMP document and instance ids. The tags are replaced, in order of appearance, by <c>AAAAAA</c>, <c>AAAAAB</c>…, and
    /// the XMP ids by the document's own id: same lengths, so the cross-reference offsets hold.
    /// </summary>
    private static byte[] Stabilized(byte[] pdf, Guid documentId)
    {
        var text = XmpId().Replace(Encoding.Latin1.GetString(pdf), $"uuid:{documentId:D}");
        var tags = SubsetTag().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        for (var i = 0; i < tags.Count; i++)
        {
            var stable = string.Concat(Enumerable.Range(0, 6).Select(p => (char)('A' + i / (int)Math.Pow(26, 5 - p) % 26)));
            text = text.Replace(tags[i] + "+", stable + "+", StringComparison.Ordinal);
        }

        return Encoding.Latin1.GetBytes(text);
    }

    [GeneratedRegex("uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpId();

    [GeneratedRegex(@"/(?:BaseFont|FontName)\s*/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    private static Guid DocumentGuid(InvoiceDocument document) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"{document.Kind}|{document.Number}|{document.Family.FamilyId}")));

    private static void FixMetadata(PdfDocument pdf, InvoiceDocument document, string kindTitle)
    {
        var issued = document.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        pdf.Info.Title = $"{kindTitle} {document.Number}";
        pdf.Info.Author = document.Town.Name;
        pdf.Info.Subject = $"{kindTitle} {document.Number} — {document.Family.FamilyName}";
        pdf.Info.Creator = "Cantine";
        pdf.Info.CreationDate = issued;
        pdf.Info.ModificationDate = issued;
        pdf.PageLayout = PdfPageLayout.SinglePage;
        pdf.Language = "fr-FR";

        // The file identifier (and the XMP ids made from it) are normally random: derive them from the document instead.
        var id = DocumentGuid(document).ToString("B");
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
    }

    /// <summary>Draws top to bottom, opening a page when the next block does not fit.</summary>
    private sealed class Writer(PdfDocument pdf)
    {
        // Unicode (Identity-H with a ToUnicode map): brackets print "≤", and text extraction gives the characters back.
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
        private readonly XFont _regular = new(InvoiceFonts.FamilyName, 9, XFontStyleEx.Regular, Unicode);
        private readonly XFont _small = new(InvoiceFonts.FamilyName, 8, XFontStyleEx.Regular, Unicode);
        private readonly XFont _bold = new(InvoiceFonts.FamilyName, 9, XFontStyleEx.Bold, Unicode);
        private readonly XFont _heading = new(InvoiceFonts.FamilyName, 11, XFontStyleEx.Bold, Unicode);
        private readonly XFont _title = new(InvoiceFonts.FamilyName, 18, XFontStyleEx.Bold, Unicode);
        private readonly XBrush _ink = new XSolidBrush(Ink);
        private readonly XPen _rule = new(Rule, 0.5);
        private readonly List<XGraphics> _pages = [];
        private XGraphics _gfx = null!;
        private double _y;

        public void NewPage()
        {
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            _gfx = XGraphics.FromPdfPage(page);
            _pages.Add(_gfx);
            _y = Margin;
        }

        public void Header(InvoiceDocument document, string kindTitle)
        {
            var town = document.Town;
            var left = Margin;
            if (TryLogo(town.Logo) is { } logo)
            {
                using (logo)
                {
                    var scale = Math.Min(90 / logo.PointWidth, 60 / logo.PointHeight);
                    var (w, h) = (logo.PointWidth * scale, logo.PointHeight * scale);
                    _gfx.DrawImage(logo, Margin, Margin, w, h);
                    left = Margin + w + 10;
                }
            }

            // The town, top left (after its logo).
            var townWidth = 250 - (left - Margin);
            var y = Margin;
            y = Text(town.Name, _heading, left, y, townWidth);
            foreach (var line in town.AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                y = Text(line, _regular, left, y, townWidth);
            }

            if (!string.IsNullOrWhiteSpace(town.Phone))
            {
                y = Text(InvoiceRenderingText.Get("Phone", town.Phone), _regular, left, y, townWidth);
            }

            if (!string.IsNullOrWhiteSpace(town.Email))
            {
                y = Text(town.Email, _regular, left, y, townWidth);
            }

            // The document, top right.
            var right = Margin + 300;
            var rightWidth = ContentWidth - 300;
            var ry = Text(kindTitle, _title, right, Margin, rightWidth);
            ry = Text(InvoiceRenderingText.Get("Number", document.Number), _bold, right, ry + 2, rightWidth);
            ry = Text(InvoiceRenderingText.Get("IssuedOn", InvoiceFormat.Date(document.IssuedOn)), _regular, right, ry, rightWidth);
            if (document.Kind != InvoiceKinds.CreditNote)
            {
                ry = Text(InvoiceRenderingText.Get("DueOn", InvoiceFormat.Date(document.DueOn)), _bold, right, ry, rightWidth);
            }

            ry = Text(InvoiceFormat.Period(document.PeriodStart, document.PeriodEnd), _regular, right, ry, rightWidth);
            if (document.CreditedInvoiceNumber is { } credited)
            {
                ry = Text(InvoiceRenderingText.Get("Credits", credited), _regular, right, ry, rightWidth);
            }

            // The family, where a window envelope shows it.
            var fy = Math.Max(Math.Max(y, ry) + 18, 150);
            var family = document.Family;
            fy = Text(InvoiceRenderingText.Get("Recipient.Family", family.FamilyName), _bold, right, fy, rightWidth);
            if (!string.IsNullOrWhiteSpace(family.GuardianName))
            {
                fy = Text(family.GuardianName, _regular, right, fy, rightWidth);
            }

            var address = family.AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            if (address.Count == 0)
            {
                address.Add(InvoiceRenderingText.Get("Recipient.NoAddress"));
            }

            foreach (var line in address)
            {
                fy = Text(line, _regular, right, fy, rightWidth);
            }

            _y = fy + 24;
        }

        public void Lines(InvoiceDocument document)
        {
            _y = Text(InvoiceRenderingText.Get(document.Kind == InvoiceKinds.CreditNote ? "Lines.Caption.Avoir" : "Lines.Caption.Facture"),
                _heading, Margin, _y, ContentWidth) + 4;
            TableHeader();
            if (document.Lines.Count == 0)
            {
                _y = Text(InvoiceRenderingText.Get("Lines.None"), _regular, Margin + CellPadding, _y + CellPadding, ContentWidth) + CellPadding;
            }

            foreach (var line in document.Lines)
            {
                var cells = Cells(line);
                var wrapped = cells.Select((text, i) => Wrap(text, _regular, ColumnWidths[i] - 2 * CellPadding)).ToArray();
                var height = wrapped.Max(lines => lines.Count) * LineHeight(_regular) + 2 * CellPadding;
                if (_y + height > BottomLimit)
                {
                    NewPage();
                    TableHeader();
                }

                var x = Margin;
                for (var i = 0; i < wrapped.Length; i++)
                {
                    var ty = _y + CellPadding;
                    foreach (var text in wrapped[i])
                    {
                        if (i >= 3)
                        {
                            Right(text, _regular, x + ColumnWidths[i] - CellPadding, ty);
                        }
                        else
                        {
                            _gfx.DrawString(text, _regular, _ink, x + CellPadding, ty, XStringFormats.TopLeft);
                        }

                        ty += LineHeight(_regular);
                    }

                    x += ColumnWidths[i];
                }

                _y += height;
                _gfx.DrawLine(_rule, Margin, _y, Margin + ContentWidth, _y);
            }

            _y += 10;
        }

        public void Totals(InvoiceDocument document)
        {
            var creditNote = document.Kind == InvoiceKinds.CreditNote;
            var rows = new List<(string Label, string Amount, bool Strong)>
            {
                (InvoiceRenderingText.Get(creditNote ? "Total.Avoir" : "Total.Facture"), InvoiceFormat.Euros(document.TotalCents), true),
            };
            var balance = document.PreviousBalanceCents;
            var balanceKey = balance > 0 ? "Balance.Owed" : balance < 0 ? "Balance.Credit" : "Balance.Zero";
            rows.Add((InvoiceRenderingText.Get(balanceKey), InvoiceFormat.Euros(Math.Abs(balance)), false));
            if (!creditNote)
            {
                var due = document.TotalCents + balance;
                rows.Add(due >= 0
                    ? (InvoiceRenderingText.Get("Total.ToPay"), InvoiceFormat.Euros(due), true)
                    : (InvoiceRenderingText.Get("Total.CreditLeft"), InvoiceFormat.Euros(-due), true));
            }

            var notes = new List<string>();
            if (document.NoValidQuotient)
            {
                notes.Add(InvoiceRenderingText.Get("NoValidQuotient"));
            }

            if (creditNote)
            {
                notes.Add(InvoiceRenderingText.Get("Avoir.Note"));
            }

            var noteLines = notes.SelectMany(n => Wrap(n, _regular, ContentWidth)).ToList();
            Ensure(rows.Count * (LineHeight(_bold) + 4) + noteLines.Count * LineHeight(_regular) + 12);
            var labelRight = Margin + ContentWidth - 110;
            foreach (var (label, amount, strong) in rows)
            {
                var font = strong ? _bold : _regular;
                Right(label, font, labelRight, _y);
                Right(amount, font, Margin + ContentWidth - CellPadding, _y);
                _y += LineHeight(font) + 4;
            }

            _y += 6;
            foreach (var line in noteLines)
            {
                _gfx.DrawString(line, _regular, _ink, Margin, _y, XStringFormats.TopLeft);
                _y += LineHeight(_regular);
            }

            _y += 12;
        }

        public void Payment(InvoiceDocument document)
        {
            if (document.Kind == InvoiceKinds.CreditNote)
            {
                return;
            }

            var town = document.Town;
            var items = new List<string>();
            if (town.OnlinePayment)
            {
                items.Add(InvoiceRenderingText.Get("Payment.Online"));
            }

            var office = string.Join(", ", new[] { town.Name }.Concat(town.AddressLines).Where(l => !string.IsNullOrWhiteSpace(l)));
            items.Add(InvoiceRenderingText.Get("Payment.Office", office));
            if (!string.IsNullOrWhiteSpace(town.ChequePayableTo))
            {
                items.Add(InvoiceRenderingText.Get("Payment.Cheque", town.ChequePayableTo, document.Number));
            }

            var contact = string.Join(" — ", new[] { town.Phone, town.Email }.Where(s => !string.IsNullOrWhiteSpace(s)));
            if (contact.Length > 0)
            {
                items.Add(InvoiceRenderingText.Get("Payment.Contact", contact));
            }

            var lines = items.SelectMany(item => Wrap("• " + item, _regular, ContentWidth)).ToList();
            Ensure(LineHeight(_heading) + 4 + lines.Count * LineHeight(_regular));
            _y = Text(InvoiceRenderingText.Get("Payment.Title"), _heading, Margin, _y, ContentWidth) + 4;
            foreach (var line in lines)
            {
                _gfx.DrawString(line, _regular, _ink, Margin, _y, XStringFormats.TopLeft);
                _y += LineHeight(_regular);
            }
        }

        public void Footers(string kindTitle, string number)
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                var text = InvoiceRenderingText.Get("Footer", kindTitle, number, i + 1, _pages.Count);
                var gfx = _pages[i];
                var width = gfx.MeasureString(text, _small).Width;
                gfx.DrawString(text, _small, _ink, (PageWidth - width) / 2, PageHeight - 36, XStringFormats.TopLeft);
                gfx.Dispose();
            }
        }

        private void TableHeader()
        {
            string[] headers =
            [
                InvoiceRenderingText.Get("Column.Child"), InvoiceRenderingText.Get("Column.Service"), InvoiceRenderingText.Get("Column.Bracket"),
                InvoiceRenderingText.Get("Column.Quantity"), InvoiceRenderingText.Get("Column.UnitPrice"), InvoiceRenderingText.Get("Column.Amount"),
            ];
            var height = LineHeight(_bold) + 2 * CellPadding;
            _gfx.DrawRectangle(new XSolidBrush(HeaderFill), Margin, _y, ContentWidth, height);
            var x = Margin;
            for (var i = 0; i < headers.Length; i++)
            {
                if (i >= 3)
                {
                    Right(headers[i], _bold, x + ColumnWidths[i] - CellPadding, _y + CellPadding);
                }
                else
                {
                    _gfx.DrawString(headers[i], _bold, _ink, x + CellPadding, _y + CellPadding, XStringFormats.TopLeft);
                }

                x += ColumnWidths[i];
            }

            _y += height;
            _gfx.DrawLine(_rule, Margin, _y, Margin + ContentWidth, _y);
        }

        private static string[] Cells(BillLine line)
        {
            var service = string.IsNullOrWhiteSpace(line.Description) || line.Description == line.ServiceName
                ? line.ServiceName
                : string.IsNullOrWhiteSpace(line.ServiceName) ? line.Description : $"{line.ServiceName} — {line.Description}";
            return
            [
                line.ChildName, service, line.Bracket ?? string.Empty, line.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                InvoiceFormat.Euros(line.UnitPriceCents), InvoiceFormat.Euros(line.AmountCents),
            ];
        }

        private void Ensure(double height)
        {
            if (_y + height > BottomLimit)
            {
                NewPage();
            }
        }

        private double Text(string text, XFont font, double x, double y, double width)
        {
            foreach (var line in Wrap(text, font, width))
            {
                _gfx.DrawString(line, font, _ink, x, y, XStringFormats.TopLeft);
                y += LineHeight(font);
            }

            return y;
        }

        private void Right(string text, XFont font, double rightEdge, double y)
        {
            text = Printable(text);
            var width = _gfx.MeasureString(text, font).Width;
            _gfx.DrawString(text, font, _ink, rightEdge - width, y, XStringFormats.TopLeft);
        }

        private static double LineHeight(XFont font) => font.Size * 1.3;

        /// <summary>Splits a text into lines that fit the width, breaking between words (a word longer than the width is cut).</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = new StringBuilder();
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Printable))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (_gfx.MeasureString(candidate, font).Width <= width)
                {
                    current.Clear().Append(candidate);
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }

                var rest = word;
                while (_gfx.MeasureString(rest, font).Width > width && rest.Length > 1)
                {
                    var take = rest.Length - 1;
                    while (take > 1 && _gfx.MeasureString(rest[..take], font).Width > width)
                    {
                        take--;
                    }

                    lines.Add(rest[..take]);
                    rest = rest[take..];
                }

                current.Append(rest);
            }

            if (current.Length > 0 || lines.Count == 0)
            {
                lines.Add(current.ToString());
            }

            return lines;
        }

        /// <summary>No-break spaces print as spaces (they only matter to the HTML twin's line breaking).</summary>
        private static string Printable(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');

        private static XImage? TryLogo(byte[]? logo)
        {
            if (logo is not { Length: > 0 })
            {
                return null;
            }

            try
            {
                return XImage.FromStream(new MemoryStream(logo, writable: false));
            }
            catch (Exception)
            {
                // An unreadable logo must not stop the batch: the invoice prints without it.
                return null;
            }
        }
    }
}

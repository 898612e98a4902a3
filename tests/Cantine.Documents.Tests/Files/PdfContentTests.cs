using System.Text;
using Cantine.BuildingBlocks.Files;

namespace Cantine.Documents.Tests.Files;

/// <summary>
/// A file is a PDF by its content, never by its name (ADR 0011): the header at offset 0 and a parse that finds
/// at least one page. Size is checked first, so an oversized file is refused without being parsed.
/// </summary>
public sealed class PdfContentTests
{
    private const long Limit = PdfContent.DefaultMaxBytes;

    [Fact]
    public void Accepts_real_pdfs()
    {
        PdfContent.Check(TestFiles.Menu, Limit).ShouldBeNull();
        PdfContent.Check(TestFiles.Rules, Limit).ShouldBeNull();
    }

    [Fact]
    public void Refuses_no_content_and_empty_content_as_empty()
    {
        PdfContent.Check(null, Limit).ShouldBe(PdfProblem.Empty);
        PdfContent.Check([], Limit).ShouldBe(PdfProblem.Empty);
    }

    [Fact]
    public void Accepts_a_pdf_of_exactly_the_limit_and_refuses_one_byte_more()
    {
        PdfContent.Check(TestFiles.PdfOfSize(4096), maxBytes: 4096).ShouldBeNull();
        PdfContent.Check(TestFiles.PdfOfSize(4097), maxBytes: 4096).ShouldBe(PdfProblem.TooLarge);
    }

    [Fact]
    public void Reports_an_oversized_file_as_too_large_whatever_it_holds()
    {
        PdfContent.Check(new byte[5000], maxBytes: 4096).ShouldBe(PdfProblem.TooLarge);
    }

    [Fact]
    public void The_default_limit_is_ten_megabytes()
    {
        PdfContent.DefaultMaxBytes.ShouldBe(10L * 1024 * 1024);
    }

    [Theory]
    [InlineData(10L * 1024 * 1024, 10)]
    [InlineData(1024L * 1024, 1)]
    [InlineData(512L * 1024, 0.5)]
    [InlineData(15L * 1024 * 1024 / 2, 7.5)]
    [InlineData(1000L, 0.1)]
    public void A_limit_reads_in_megabytes_without_rounding_down_to_zero(long bytes, double megabytes)
    {
        PdfContent.Megabytes(bytes).ShouldBe(megabytes);
    }

    [Fact]
    public void Refuses_a_png_image_renamed_pdf()
    {
        PdfContent.Check(TestFiles.Png, Limit).ShouldBe(PdfProblem.NotPdf);
    }

    [Fact]
    public void Refuses_an_html_page()
    {
        PdfContent.Check(TestFiles.Html, Limit).ShouldBe(PdfProblem.NotPdf);
    }

    [Fact]
    public void Refuses_a_file_that_starts_with_something_else_then_holds_a_whole_pdf()
    {
        PdfContent.Check(TestFiles.GarbageThenPdf, Limit).ShouldBe(PdfProblem.NotPdf);
    }

    [Fact]
    public void Refuses_the_header_followed_by_anything_but_a_pdf()
    {
        PdfContent.Check(Encoding.ASCII.GetBytes("%PDF-1.7\n<html><body>Bonjour</body></html>\n"), Limit).ShouldBe(PdfProblem.NotPdf);
        PdfContent.Check(Encoding.ASCII.GetBytes("%PDF-"), Limit).ShouldBe(PdfProblem.NotPdf);
    }

    [Fact]
    public void Refuses_a_truncated_pdf()
    {
        PdfContent.Check(TestFiles.TruncatedPdf, Limit).ShouldBe(PdfProblem.NotPdf);
    }

    [Fact]
    public void Refuses_a_well_formed_pdf_without_any_page()
    {
        PdfContent.Check(PdfWithoutPages(), Limit).ShouldBe(PdfProblem.NotPdf);
    }

    /// <summary>A syntactically correct PDF (catalog, empty page tree, exact cross-reference table) with no page.</summary>
    private static byte[] PdfWithoutPages()
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var body in new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>" })
        {
            offsets.Add(text.Length);
            text.Append($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        var xref = text.Length;
        text.Append("xref\n0 3\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}

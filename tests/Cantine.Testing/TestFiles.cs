using System.Text;
using Cantine.Host.Demo;

namespace Cantine.Testing;

/// <summary>
/// Files the tests upload: the demo town's real PDFs, and what a careless or hostile upload looks like
/// (a renamed image, a web page, a polyglot with a foreign header, a truncated PDF).
/// </summary>
public static class TestFiles
{
    /// <summary>The demo town's week menu: a small, valid one-page PDF.</summary>
    public static byte[] Menu => DemoFiles.Read("menu.pdf");

    /// <summary>The demo town's canteen rules: another valid PDF, different bytes.</summary>
    public static byte[] Rules => DemoFiles.Read("reglement.pdf");

    /// <summary>A real 1×1 PNG image (what a photo renamed <c>.pdf</c> is).</summary>
    public static byte[] Png => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static byte[] Html => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"fr\"><head><title>Menu</title></head><body><script>alert('pdf')</script></body></html>");

    /// <summary>A text file whose first line is not the PDF header, followed by a whole valid PDF (a polyglot).</summary>
    public static byte[] GarbageThenPdf => [.. Encoding.ASCII.GetBytes("Ceci n'est pas un PDF\r\n"), .. Menu];

    /// <summary>The first half of a valid PDF, as an interrupted download leaves it.</summary>
    public static byte[] TruncatedPdf => Menu[..(Menu.Length / 2)];

    /// <summary>A valid PDF followed by a comment that pads it to exactly <paramref name="size"/> bytes.</summary>
    public static byte[] PdfOfSize(int size)
    {
        var menu = Menu;
        if (size < menu.Length + 2)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"At least {menu.Length + 2} bytes.");
        }

        var padded = new byte[size];
        menu.CopyTo(padded, 0);
        padded[menu.Length] = (byte)'\n';
        padded[menu.Length + 1] = (byte)'%';
        padded.AsSpan(menu.Length + 2).Fill((byte)' ');
        return padded;
    }
}

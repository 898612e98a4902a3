using System.Globalization;

namespace Cantine.Invoicing.Rendering;

/// <summary>
/// How an invoice writes amounts, dates and periods in French, the same on the PDF and the HTML twin:
/// <c>1 234,50 €</c> (no-break spaces), <c>31/01/2027</c>, <c>janvier 2027</c>. Formatting never depends on the
/// thread's culture, so a document renders identically in a batch job and in a request.
/// </summary>
public static class InvoiceFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private const char NoBreakSpace = '\u00a0';

    /// <summary><c>12,50 €</c>, <c>1 234,00 €</c>, <c>-3,20 €</c>; the spaces are no-break spaces (U+00A0).</summary>
    public static string Euros(int cents)
    {
        var sign = cents < 0 ? "-" : string.Empty;
        var absolute = Math.Abs((long)cents);
        var euros = (absolute / 100).ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', NoBreakSpace);
        return $"{sign}{euros},{absolute % 100:00}{NoBreakSpace}€";
    }

    /// <summary><c>31/01/2027</c>.</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary><c>janvier 2027</c>.</summary>
    public static string Month(DateOnly anyDayOfMonth) => anyDayOfMonth.ToString("MMMM yyyy", French);

    /// <summary>True when the period is exactly one calendar month (then it prints as <c>janvier 2027</c>).</summary>
    public static bool IsWholeMonth(DateOnly start, DateOnly end) =>
        start.Day == 1 && end.Year == start.Year && end.Month == start.Month && end.Day == DateTime.DaysInMonth(start.Year, start.Month);

    /// <summary><c>Période : janvier 2027</c> or <c>Période : du 05/01/2027 au 31/01/2027</c>.</summary>
    public static string Period(DateOnly start, DateOnly end) => IsWholeMonth(start, end)
        ? InvoiceRenderingText.Get("Period.Month", Month(start))
        : InvoiceRenderingText.Get("Period.Range", Date(start), Date(end));

    /// <summary>The amount the family has to pay after this document: its total plus the balance carried (never below zero).</summary>
    public static int AmountToPay(InvoiceDocument document) =>
        document.Kind == InvoiceKinds.CreditNote ? 0 : Math.Max(0, document.TotalCents + document.PreviousBalanceCents);
}

/// <summary>The two values of <see cref="InvoiceDocument.Kind"/>.</summary>
public static class InvoiceKinds
{
    public const string Invoice = "Facture";
    public const string CreditNote = "Avoir";
}

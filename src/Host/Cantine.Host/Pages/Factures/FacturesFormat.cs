using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Host.Composition;

namespace Cantine.Host.Pages.Factures;

/// <summary>How "Factures" writes a document's kind, status and month (manual §5.1), in words.</summary>
public static class FacturesFormat
{
    /// <summary><c>1 234,50 €</c> with no-break spaces, as the PDF writes it.</summary>
    public static string Euros(int cents)
    {
        var sign = cents < 0 ? "-" : string.Empty;
        var absolute = Math.Abs((long)cents);
        var euros = (absolute / 100).ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '\u00a0');
        return $"{sign}{euros},{absolute % 100:00}\u00a0€";
    }

    public static string Kind(InvoiceKind kind) => kind == InvoiceKind.CreditNote ? "Avoir" : "Facture";

    /// <summary><c>À payer</c>, <c>Payée</c>, <c>En retard</c>, <c>Avoir</c>.</summary>
    public static string Status(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "Payée",
        InvoiceStatus.Overdue => "En retard",
        InvoiceStatus.CreditNote => "Avoir",
        _ => "À payer",
    };

    public static string StatusClass(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "invoice-paid",
        InvoiceStatus.Overdue => "invoice-overdue",
        InvoiceStatus.CreditNote => "invoice-credit",
        _ => "invoice-due",
    };

    /// <summary><c>janvier 2027</c>.</summary>
    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", WebComposition.French);

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", WebComposition.French);
}

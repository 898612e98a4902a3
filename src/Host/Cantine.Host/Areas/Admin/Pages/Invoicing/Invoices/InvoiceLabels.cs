using System.Globalization;
using Cantine.Invoicing.Contracts.Invoices;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Invoices;

/// <summary>The French words of the staff's invoicing pages (manual §5: the statuses parents read too).</summary>
public static class InvoiceLabels
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Status(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => "Payée",
        InvoiceStatus.Overdue => "En retard",
        InvoiceStatus.CreditNote => "Avoir",
        _ => "À payer",
    };

    public static string Method(PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => "Espèces",
        PaymentMethod.BankTransfer => "Virement",
        PaymentMethod.Cesu => "CESU",
        PaymentMethod.OnlineCard => "Carte bancaire en ligne (PayFiP)",
        _ => "Chèque",
    };

    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", French);

    /// <summary>The URL form of a month: <c>2030-08</c>.</summary>
    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly? ParseMonth(string? key) =>
        DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}

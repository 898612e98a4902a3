using System.Globalization;
using System.Text;
using Cantine.Host.Pages.Reservations;
using Cantine.Invoicing.Contracts.ExportMonthInvoices;

namespace Cantine.Host.Areas.Admin.Pages.Invoicing.Invoices;

/// <summary>
/// The treasurer's month as CSV for a spreadsheet in French (columns in docs/invoicing-export.md): <c>;</c> separators,
/// CRLF, a UTF-8 BOM, amounts with a decimal comma and no currency sign, cells that could start a formula neutralised.
/// </summary>
public static class InvoicesCsv
{
    public const string Header = "Type;Numéro;Date;Mois facturé;Famille;Identifiant famille;Montant;Moyen de paiement;Référence;Facture créditée;Échéance;Reste à payer;Opération PayFiP";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static byte[] Of(MonthExportDto export)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var r in export.Rows)
        {
            text.AppendJoin(';',
                r.Kind switch { ExportRowKind.CreditNote => "Avoir", ExportRowKind.Payment => "Paiement", _ => "Facture" },
                r.Number, ReservationsFormat.DateShort(r.Date), r.BilledMonth.ToString("MM/yyyy", CultureInfo.InvariantCulture), Cell(r.FamilyName),
                r.FamilyId.ToString(), Amount(r.AmountCents), r.Method is { } m ? InvoiceLabels.Method(m) : string.Empty, Cell(r.Reference ?? string.Empty),
                r.LinkedNumber ?? string.Empty, r.DueOn is { } due ? ReservationsFormat.DateShort(due) : string.Empty,
                r.RemainingCents is { } rest ? Amount(rest) : string.Empty, r.PayfipIdOp ?? string.Empty).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Amount(int cents) => (cents / 100m).ToString("0.00", French);

    // A value with the separator, a quote or a line break is quoted; a leading = + - @ is neutralised.
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}

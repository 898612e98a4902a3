using System.Globalization;
using Cantine.Host.Pages.Reservations;
using Cantine.Reservations.Contracts.GetBookingSheet;

namespace Cantine.Testing;

/// <summary>
/// The figures of a booking grid as lines to compare, cent for cent, between what a page shows (read by the
/// test from its HTML or from the browser) and what the server saved: each row's quantity and total, each
/// child's total, the "Total Général".
/// </summary>
public static class SheetFigures
{
    public static string Row(string child, string service, string quantity, string total) => $"{child} | {service} | {quantity} | {total}";

    public static string ChildTotal(string child, string total) => $"{child} | Total | {total}";

    public static string GrandTotal(string total) => $"Total Général | {total}";

    /// <summary>The caption of a child's table: <c>DURAND Léo</c>.</summary>
    public static string Name(ChildSheetDto child) => $"{child.LastName.ToUpperInvariant()} {child.FirstName}";

    /// <summary>An amount as a test reads it from a page, white space normalised: <c>3,20 €</c>.</summary>
    public static string Money(int cents) => ReservationsFormat.Euros(cents).Replace('\u00a0', ' ');

    public static IReadOnlyList<string> Of(BookingSheetDto sheet)
    {
        var lines = new List<string>();
        foreach (var child in sheet.Children)
        {
            var name = Name(child);
            lines.AddRange(child.Rows.Select(r => Row(name, r.ServiceName, r.Quantity.ToString(CultureInfo.InvariantCulture), Money(r.TotalCents))));
            lines.Add(ChildTotal(name, Money(child.TotalCents)));
        }

        lines.Add(GrandTotal(Money(sheet.GrandTotalCents)));
        return lines;
    }
}

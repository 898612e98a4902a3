using System.Globalization;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.Host.Pages.Reservations;

/// <summary>
/// The manual §3 grid of one family and period, as the parents' page and the staff correction page show it:
/// the saved sheet, or the boxes the user ticked when a submission was refused (nothing they ticked is lost).
/// </summary>
public sealed class BookingGrid(BookingSheetDto sheet, bool editable, IReadOnlySet<string>? ticked = null)
{
    /// <summary>The form field of every box: one value per ticked box, <c>child_service_yyyyMMdd</c>.</summary>
    public const string Field = "Coches";

    public BookingSheetDto Sheet => sheet;

    /// <summary>Parents: the period is open; staff: always (the sheet already says which cells are bookable).</summary>
    public bool Editable => editable;

    public static string Key(Guid child, Guid service, DateOnly date) =>
        $"{child:N}_{service:N}_{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    public bool IsTicked(ChildSheetDto child, ServiceRowDto row, BookingCellDto cell) =>
        ticked is null ? cell.Booked : ticked.Contains(Key(child.ChildId, row.ServiceId, cell.Date));

    public bool CanTick(BookingCellDto cell) => editable && cell.Bookable && !cell.HeldByOtherFamily;

    // A ticked box counts as the saved sheet does: at its own day's price, and not at all on a day that does not
    // count (a closure, a day the service does not run), so the totals of a refused form are the ones "Valider" saves.
    public int Quantity(ChildSheetDto child, ServiceRowDto row) =>
        ticked is null ? row.Quantity : row.Cells.Count(c => c.PriceCents is not null && IsTicked(child, row, c));

    public int RowTotal(ChildSheetDto child, ServiceRowDto row) =>
        ticked is null ? row.TotalCents : row.Cells.Where(c => IsTicked(child, row, c)).Sum(c => c.PriceCents ?? 0);

    /// <summary>The row's unit price(s) over the period, in day order: <c>3,20 €</c>, or <c>3,20 € / 3,40 €</c> when it changes.</summary>
    public static string UnitPrices(ServiceRowDto row)
    {
        var prices = row.Cells.Where(c => c.PriceCents is not null).Select(c => c.PriceCents!.Value).Distinct().ToList();
        return string.Join(" / ", (prices.Count > 0 ? prices : [row.UnitPriceCents]).Select(ReservationsFormat.Euros));
    }

    public int ChildTotal(ChildSheetDto child) => ticked is null ? child.TotalCents : child.Rows.Sum(r => RowTotal(child, r));

    public int GrandTotal => ticked is null ? sheet.GrandTotalCents : sheet.Children.Sum(ChildTotal);

    public bool AnyHeldByOtherFamily => sheet.Children.Any(c => c.Rows.Any(r => r.Cells.Any(x => x.HeldByOtherFamily)));

    /// <summary>The ticked boxes of a posted form; null when a value is not one the page writes (a forged field).</summary>
    public static IReadOnlyList<BookingCellInput>? Parse(IEnumerable<string?> values)
    {
        var cells = new List<BookingCellInput>();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            // An empty box value binds as null (a forged form): refused like any value the page does not write.
            var parts = value?.Split('_') ?? [];
            if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var child) || !Guid.TryParseExact(parts[1], "N", out var service)
                || !DateOnly.TryParseExact(parts[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return null;
            }

            cells.Add(new BookingCellInput(child, service, date));
        }

        return cells;
    }
}

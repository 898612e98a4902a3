using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;

namespace Cantine.Reservations.Features.GetBookingSheet;

/// <summary>
/// One table per child, one row per enrolled service, one cell per opening day with that day's price (the page's
/// totals, live or on a refused form, add up the cells, so they match what is saved); totals to the cent.
/// </summary>
internal static class SheetBuilder
{
    public static BookingSheetDto Build(
        BookingSituation situation, FamilyBookings? sheet, IReadOnlyList<DateOnly> days, DateTimeOffset deadline, bool isOpen)
    {
        var booked = (sheet?.Cells ?? []).ToHashSet();
        var children = situation.Children.Values.OrderBy(c => c.FirstName, StringComparer.CurrentCulture).Select(child =>
        {
            var rows = situation.Services.Values.Where(s => child.IsEnrolledIn(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture)
                .Select(service => Row(situation, child, service, days, booked, isOpen)).ToList();
            return new ChildSheetDto(child.Id, child.FirstName, child.LastName, rows, rows.Sum(r => r.TotalCents));
        }).ToList();
        var period = situation.Period;
        return new BookingSheetDto(
            situation.FamilyId, period.Kind.ToString(), period.Start, period.End, period.Previous.Start, period.Next.Start, deadline, isOpen,
            FamilyBookings.VersionOf(sheet), days, children, children.Sum(c => c.TotalCents));
    }

    private static ServiceRowDto Row(
        BookingSituation situation, ReservationChild child, Service service, IReadOnlyList<DateOnly> days, HashSet<BookedCell> booked, bool isOpen)
    {
        var cells = days.Select(day =>
        {
            var cell = new BookedCell(child.Id, service.Id, day);
            var held = situation.HeldByOtherFamilies.ContainsKey(cell);
            var bookable = isOpen && !held && BookingRules.IsEditable(situation, cell);
            int? price = BookingRules.Counts(situation.Calendar, service, day) ? service.PriceOn(day) : null;
            return new BookingCellDto(day, booked.Contains(cell), bookable, held, price);
        }).ToList();
        var counted = cells.Where(c => c.Booked && c.PriceCents is not null).ToList();
        var unitPrice = service.PriceOn(days.Count > 0 ? days[0] : situation.Period.Start);
        return new ServiceRowDto(service.Id, service.Name, cells, counted.Count, unitPrice, counted.Sum(c => c.PriceCents ?? 0));
    }
}

namespace Cantine.Reservations.Domain;

/// <summary>Amounts in cents: each booked day at the price in force that day (a price change never rewrites earlier days).</summary>
public static class BookingTotals
{
    public static int RowTotalCents(BookingCalendar calendar, Service service, IEnumerable<BookedCell> cells) =>
        cells.Where(c => c.ServiceId == service.Id && BookingRules.Counts(calendar, service, c.Date)).Sum(c => service.PriceOn(c.Date));

    public static int TotalCents(BookingCalendar calendar, IReadOnlyDictionary<Guid, Service> services, IEnumerable<BookedCell> cells) =>
        cells.GroupBy(c => c.ServiceId)
            .Where(g => services.ContainsKey(g.Key))
            .Sum(g => RowTotalCents(calendar, services[g.Key], g));
}

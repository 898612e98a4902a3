namespace Cantine.Reservations.Domain;

/// <summary>The kitchen's figures: per day, per service, per school and class, counting only bookings that still hold.</summary>
public static class Headcounts
{
    public static IReadOnlyList<HeadcountRow> Count(
        BookingCalendar calendar,
        BookingPeriod period,
        IEnumerable<FamilyBookings> sheets,
        IReadOnlyDictionary<Guid, ReservationChild> children,
        IReadOnlyDictionary<Guid, Service> services) =>
    [
        .. sheets.SelectMany(s => s.Cells)
            .Distinct()
            .Where(c => period.Contains(c.Date) && services.TryGetValue(c.ServiceId, out var service) && BookingRules.Counts(calendar, service, c.Date))
            .Select(c => (Cell: c, Child: children.GetValueOrDefault(c.ChildId)))
            .GroupBy(x => (x.Cell.Date, x.Cell.ServiceId, School: x.Child?.School ?? "", Class: x.Child?.Class ?? ""))
            .Select(g => new HeadcountRow(g.Key.Date, g.Key.ServiceId, services[g.Key.ServiceId].Name, g.Key.School, g.Key.Class, g.Count()))
            .OrderBy(r => r.Date).ThenBy(r => r.ServiceName, StringComparer.Ordinal).ThenBy(r => r.School, StringComparer.Ordinal).ThenBy(r => r.Class, StringComparer.Ordinal),
    ];
}

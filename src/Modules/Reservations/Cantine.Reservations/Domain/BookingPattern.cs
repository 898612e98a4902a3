namespace Cantine.Reservations.Domain;

/// <summary>A period's bookings as a week pattern: which child has which service on which week day.</summary>
public static class BookingPattern
{
    public static IReadOnlySet<(Guid ChildId, Guid ServiceId, DayOfWeek Day)> Of(
        BookingCalendar calendar, IReadOnlyDictionary<Guid, Service> services, FamilyBookings? sheet) =>
        (sheet?.Cells ?? [])
            .Where(c => services.TryGetValue(c.ServiceId, out var s) && BookingRules.Counts(calendar, s, c.Date))
            .Select(c => (c.ChildId, c.ServiceId, c.Date.DayOfWeek))
            .ToHashSet();

    /// <summary>The target period's cells the pattern ticks, leaving out the days nobody can book there (holidays...).</summary>
    public static IReadOnlyList<BookedCell> Apply(IReadOnlySet<(Guid ChildId, Guid ServiceId, DayOfWeek Day)> pattern, BookingSituation situation) =>
    [
        .. situation.Period.Dates()
            .SelectMany(day => pattern.Where(p => p.Day == day.DayOfWeek).Select(p => new BookedCell(p.ChildId, p.ServiceId, day)))
            .Where(cell => situation.Children.ContainsKey(cell.ChildId) && BookingRules.IsEditable(situation, cell)),
    ];
}

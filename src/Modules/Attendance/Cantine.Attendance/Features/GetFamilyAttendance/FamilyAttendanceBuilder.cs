using System.Globalization;
using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetFamilyAttendance;
using Cantine.Attendance.Domain;

namespace Cantine.Attendance.Features.GetFamilyAttendance;

/// <summary>
/// One table per child, a row per service it was on a sheet for, a cell per day the services run. Days up to today show
/// the marks; later days show what is booked (not marked). Quantity counts the days present (booked or not), each at the
/// booked price or, unbooked, the service's price that day.
/// </summary>
internal static class FamilyAttendanceBuilder
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    public static FamilyAttendanceDto Build(
        AttendancePeriod period, DateOnly today, Guid familyId, IReadOnlyList<ServiceCopy> services, IReadOnlyList<ChildCopy> children, IReadOnlyList<AttendanceSheet> sheets)
    {
        var inPeriod = sheets.Where(s => period.Contains(s.Date)).ToList();
        var days = period.Dates().Where(d => services.Any(s => s.RunsOn(d)) || inPeriod.Any(s => s.Date == d)).ToList();
        var tables = children
            .Where(c => !c.Erased && c.BelongsTo(familyId))
            .OrderBy(c => c.FirstName, French)
            .Select(c => Child(c, services, inPeriod, days, today))
            .ToList();
        var previous = AttendancePeriod.Containing(period.Kind == "Monthly" ? "Month" : "Week", period.Start.AddDays(-1)).Start;
        return new FamilyAttendanceDto(period.Start, period.End, period.Kind, previous, period.End.AddDays(1), days, tables, tables.Sum(t => t.TotalCents));
    }

    private static ChildAttendanceDto Child(ChildCopy child, IReadOnlyList<ServiceCopy> services, IReadOnlyList<AttendanceSheet> sheets, IReadOnlyList<DateOnly> days, DateOnly today)
    {
        var entries = sheets
            .Select(s => (Sheet: s, Entry: s.EntryOf(child.Id)))
            .Where(x => x.Entry is { IsListed: true })
            .ToLookup(x => x.Sheet.ServiceId, x => (x.Sheet.Date, Entry: x.Entry!));
        var rows = services
            .Where(s => entries.Contains(s.Id))
            .OrderBy(s => s.Name, French)
            .Select(s => Row(s, entries[s.Id].ToDictionary(x => x.Date, x => x.Entry), days, today))
            .ToList();
        return new ChildAttendanceDto(child.Id, child.FirstName, child.LastName, rows, rows.Sum(r => r.TotalCents));
    }

    private static AttendanceRowDto Row(ServiceCopy service, IReadOnlyDictionary<DateOnly, SheetEntry> entries, IReadOnlyList<DateOnly> days, DateOnly today)
    {
        var cells = days.Select(d => Cell(d, entries.GetValueOrDefault(d), today)).ToList();
        var present = days
            .Where(d => d <= today && entries.TryGetValue(d, out var e) && e.Status is AttendanceStatus.Present or AttendanceStatus.PresentUnbooked)
            .Select(d => entries[d].UnitPriceCents is { } booked && entries[d].Booked ? booked : service.PriceOn(d))
            .ToList();
        var unitPrice = present.Count > 0 ? present[0] : service.PriceOn(days.Count > 0 ? days[0] : today);
        return new AttendanceRowDto(service.Id, service.Name, cells, present.Count, unitPrice, present.Sum());
    }

    private static AttendanceCellDto Cell(DateOnly day, SheetEntry? entry, DateOnly today) => entry switch
    {
        null => new(day, AttendanceStatus.NotBooked, false),
        _ when day > today => new(day, entry.Booked ? AttendanceStatus.NotMarked : AttendanceStatus.NotBooked, entry.SignalledByFamily),
        _ => new(day, entry.Status, entry.SignalledByFamily),
    };
}

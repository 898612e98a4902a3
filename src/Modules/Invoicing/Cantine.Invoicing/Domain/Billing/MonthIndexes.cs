using Cantine.Invoicing.Domain.Copies;

namespace Cantine.Invoicing.Domain.Billing;

/// <summary>
/// The month's copies indexed by day in single passes (a town-month is ~600,000 days: no sorting per key), with the
/// tie-breaks of <see cref="MonthBilling"/>: the first booker of a day, the latest booker of a child, the latest mark.
/// </summary>
internal static class MonthIndexes
{
    public static Dictionary<(Guid ChildId, Guid ServiceId, DateOnly Date), AttendanceMark> LatestMarks(IEnumerable<AttendanceSheetCopy> sheets, DateOnly first, DateOnly next)
    {
        var marks = new Dictionary<(Guid, Guid, DateOnly), AttendanceMark>();
        foreach (var mark in sheets.SelectMany(s => s.Marks))
        {
            var key = (mark.ChildId, mark.ServiceId, mark.Date);
            if (mark.Date >= first && mark.Date < next && (!marks.TryGetValue(key, out var current) || mark.At > current.At))
            {
                marks[key] = mark;
            }
        }

        return marks;
    }

    /// <summary>Each booked day of the month, to the family that booked it first (then the smaller id).</summary>
    public static Dictionary<(Guid ChildId, Guid ServiceId, DateOnly Date), (Guid FamilyId, BookedDay Day)> FirstBookers(IEnumerable<BookingMonth> months, DateOnly first, DateOnly next)
    {
        var booked = new Dictionary<(Guid, Guid, DateOnly), (Guid FamilyId, BookedDay Day)>();
        foreach (var month in months)
        {
            foreach (var day in month.BookedDays)
            {
                var key = (day.ChildId, day.ServiceId, day.Date);
                if (day.Date >= first && day.Date < next
                    && (!booked.TryGetValue(key, out var current) || day.At < current.Day.At || (day.At == current.Day.At && month.FamilyId.CompareTo(current.FamilyId) < 0)))
                {
                    booked[key] = (month.FamilyId, day);
                }
            }
        }

        return booked;
    }

    /// <summary>Each child booked that month, to the family whose booking of it is the latest (then the smaller id).</summary>
    public static Dictionary<Guid, Guid> LatestBookers(IEnumerable<BookingMonth> months)
    {
        var latest = new Dictionary<Guid, (Guid FamilyId, DateTimeOffset At)>();
        foreach (var month in months)
        {
            foreach (var day in month.BookedDays)
            {
                if (!latest.TryGetValue(day.ChildId, out var current) || day.At > current.At || (day.At == current.At && month.FamilyId.CompareTo(current.FamilyId) < 0))
                {
                    latest[day.ChildId] = (month.FamilyId, day.At);
                }
            }
        }

        return latest.ToDictionary(x => x.Key, x => x.Value.FamilyId);
    }
}

namespace Cantine.Attendance.Features.GetFamilyAttendance;

/// <summary>The town's booking period (Réservations' too): a week from Monday to Sunday, or a calendar month.</summary>
internal sealed record AttendancePeriod(string Kind, DateOnly Start, DateOnly End)
{
    public static AttendancePeriod Containing(string kind, DateOnly day)
    {
        if (kind == "Month")
        {
            var first = new DateOnly(day.Year, day.Month, 1);
            return new AttendancePeriod("Monthly", first, first.AddMonths(1).AddDays(-1));
        }

        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new AttendancePeriod("Weekly", monday, monday.AddDays(6));
    }

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public IEnumerable<DateOnly> Dates()
    {
        for (var day = Start; day <= End; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}

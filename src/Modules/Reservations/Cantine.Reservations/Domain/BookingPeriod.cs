namespace Cantine.Reservations.Domain;

/// <summary>A booking period: a week (Monday to Sunday) or a calendar month.</summary>
public sealed record BookingPeriod(PeriodKind Kind, DateOnly Start, DateOnly End)
{
    public static BookingPeriod Containing(PeriodKind kind, DateOnly day)
    {
        if (kind == PeriodKind.Month)
        {
            var first = new DateOnly(day.Year, day.Month, 1);
            return new BookingPeriod(kind, first, first.AddMonths(1).AddDays(-1));
        }

        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new BookingPeriod(kind, monday, monday.AddDays(6));
    }

    public BookingPeriod Previous => Containing(Kind, Start.AddDays(-1));

    public BookingPeriod Next => Containing(Kind, End.AddDays(1));

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public IEnumerable<DateOnly> Dates()
    {
        for (var day = Start; day <= End; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}

using Cantine.BuildingBlocks.Contracts.Time;

namespace Cantine.Reservations.Domain;

/// <summary>
/// When bookings of a period close (the manual's "date butoir"), Europe/Paris: for weeks, the last
/// <see cref="WeekDay"/> strictly before the week's Monday; for months, day <see cref="MonthDay"/> of the
/// previous month (clamped to that month's length); both at <see cref="Time"/>. The deadline is
/// inclusive: a submission at that very second is still on time (ADR 0013).
/// </summary>
public sealed record DeadlineRule(DayOfWeek WeekDay, int MonthDay, TimeOnly Time)
{
    /// <summary>Thursday 23:59 before the week; the 20th of the previous month at 23:59.</summary>
    public static DeadlineRule Default { get; } = new(DayOfWeek.Thursday, 20, new TimeOnly(23, 59));

    public DateTimeOffset DeadlineOf(BookingPeriod period)
    {
        if (period.Kind == PeriodKind.Month)
        {
            var previous = period.Start.AddMonths(-1);
            var day = Math.Clamp(MonthDay, 1, DateTime.DaysInMonth(previous.Year, previous.Month));
            return ParisTime.At(new DateOnly(previous.Year, previous.Month, day), Time);
        }

        var back = ((int)period.Start.DayOfWeek - (int)WeekDay + 7) % 7;
        return ParisTime.At(period.Start.AddDays(-(back == 0 ? 7 : back)), Time);
    }

    public bool IsOpen(BookingPeriod period, DateTimeOffset now) => now <= DeadlineOf(period);
}

namespace Cantine.Reservations.Contracts.GetBookingCalendar;

/// <param name="PeriodKind">"Week" or "Month".</param>
/// <param name="DeadlineWeekDay">Week periods: the deadline falls on the last such day strictly before the week's Monday.</param>
/// <param name="DeadlineMonthDay">Month periods: the deadline falls on this day of the previous month (clamped to its length).</param>
/// <param name="DeadlineTime">Time of day of the deadline, Europe/Paris.</param>
/// <param name="ReminderDaysBefore">Days before each deadline families with nothing booked are reminded (0: never).</param>
public sealed record BookingCalendarDto(
    string PeriodKind,
    IReadOnlyList<DayOfWeek> OpeningDays,
    DayOfWeek DeadlineWeekDay,
    int DeadlineMonthDay,
    TimeOnly DeadlineTime,
    IReadOnlyList<ClosureDto> Closures,
    int ReminderDaysBefore = 2);

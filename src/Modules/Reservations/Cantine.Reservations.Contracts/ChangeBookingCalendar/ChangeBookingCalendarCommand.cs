using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.ChangeBookingCalendar;

/// <summary>
/// Changes the period kind ("Week"/"Month"), opening days and deadline rule. Periods already closed
/// keep their days, deadline and bookings. <paramref name="ReminderDaysBefore"/>: how many days before each deadline
/// families with nothing booked are reminded by e-mail (0: never, at most 14); unchanged when null.
/// </summary>
public sealed record ChangeBookingCalendarCommand(
    string PeriodKind,
    IReadOnlyList<DayOfWeek> OpeningDays,
    DayOfWeek DeadlineWeekDay,
    int DeadlineMonthDay,
    TimeOnly DeadlineTime,
    int? ReminderDaysBefore = null) : ICommand<Result>;

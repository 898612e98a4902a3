using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.ChangeBookingCalendar;

/// <summary>
/// Changes the period kind ("Week"/"Month"), opening days and deadline rule. Periods already closed
/// keep their days, deadline and bookings.
/// </summary>
public sealed record ChangeBookingCalendarCommand(
    string PeriodKind,
    IReadOnlyList<DayOfWeek> OpeningDays,
    DayOfWeek DeadlineWeekDay,
    int DeadlineMonthDay,
    TimeOnly DeadlineTime) : ICommand<Result>;

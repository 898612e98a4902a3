using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using FluentValidation;

namespace Cantine.Reservations.Features.ChangeBookingCalendar;

public sealed class ChangeBookingCalendarValidator : CommandValidator<ChangeBookingCalendarCommand>
{
    public ChangeBookingCalendarValidator()
    {
        RuleFor(c => c.PeriodKind).Must(Names.IsPeriodKind).WithErrorCode("PeriodKind").WithMessage(_ => ReservationsText.Get("Calendar.PeriodKind"));
        RuleFor(c => c.OpeningDays).Must(d => d is { Count: > 0 } && d.All(Enum.IsDefined))
            .WithErrorCode("OpeningDays").WithMessage(_ => ReservationsText.Get("Calendar.OpeningDays"));
        RuleFor(c => c.DeadlineWeekDay).IsInEnum();
        RuleFor(c => c.ReminderDaysBefore).InclusiveBetween(0, BookingReminder.MaxDaysBefore)
            .WithErrorCode("ReminderDaysBefore").WithMessage(_ => ReservationsText.Get("Calendar.ReminderDays"));
        RuleFor(c => c.DeadlineMonthDay).InclusiveBetween(1, 31).WithErrorCode("MonthDay").WithMessage(_ => ReservationsText.Get("Calendar.MonthDay"));
    }
}

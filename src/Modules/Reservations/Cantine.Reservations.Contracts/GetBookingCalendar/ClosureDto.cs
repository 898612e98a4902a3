namespace Cantine.Reservations.Contracts.GetBookingCalendar;

/// <param name="Kind">"SchoolHoliday", "BankHoliday" or "ClosedDay".</param>
public sealed record ClosureDto(Guid Id, string Label, DateOnly From, DateOnly To, string Kind);

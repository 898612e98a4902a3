using Mediator;

namespace Cantine.Reservations.Contracts.GetBookingCalendar;

/// <summary>The town's booking calendar: period kind, opening days, deadline rule and closures.</summary>
public sealed record GetBookingCalendarQuery : IQuery<BookingCalendarDto?>;

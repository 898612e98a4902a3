using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Mediator;

namespace Cantine.Reservations.Features.GetBookingCalendar;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class GetBookingCalendarHandler : IQueryHandler<GetBookingCalendarQuery, BookingCalendarDto?>
{
    public ValueTask<BookingCalendarDto?> Handle(GetBookingCalendarQuery message, CancellationToken ct) => throw new NotImplementedException();
}

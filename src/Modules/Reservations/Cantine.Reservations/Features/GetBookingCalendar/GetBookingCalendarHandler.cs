using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.GetBookingCalendar;

public sealed class GetBookingCalendarHandler(IQuerySession session, ITenantContext tenant) : IQueryHandler<GetBookingCalendarQuery, BookingCalendarDto?>
{
    public async ValueTask<BookingCalendarDto?> Handle(GetBookingCalendarQuery query, CancellationToken ct) =>
        await session.CalendarAsync(tenant.TenantId, ct) is { } calendar
            ? new BookingCalendarDto(
                calendar.Kind.ToString(), [.. calendar.OpeningDays.OrderBy(d => ((int)d + 6) % 7)], calendar.Rule.WeekDay, calendar.Rule.MonthDay,
                calendar.Rule.Time, [.. calendar.Closures.OrderBy(c => c.From).Select(c => new ClosureDto(c.Id, c.Label, c.From, c.To, c.Kind.ToString()))],
                calendar.ReminderDaysBefore)
            : null;
}

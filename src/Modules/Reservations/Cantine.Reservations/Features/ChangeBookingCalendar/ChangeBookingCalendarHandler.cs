using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.ChangeBookingCalendar;

/// <summary>
/// Period kind, opening days, deadline rule. Closed periods keep their own days and deadline; the kind cannot
/// change while periods not yet closed hold bookings (they are stored per period, ADR 0012).
/// </summary>
public sealed class ChangeBookingCalendarHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<ChangeBookingCalendarCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeBookingCalendarCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate is not { } calendar)
        {
            return Refusals.Of("Calendar.Missing");
        }

        Names.TryPeriodKind(command.PeriodKind, out var kind);
        if (kind != calendar.Kind && await HasOpenBookingsAsync(calendar.Kind, ct))
        {
            return Refusals.Of("Calendar.KindChangeWithBookings", nameof(command.PeriodKind));
        }

        var rule = new DeadlineRule(command.DeadlineWeekDay, command.DeadlineMonthDay, command.DeadlineTime);
        stream.AppendOne(new BookingCalendarChanged(calendar.Id, kind, [.. command.OpeningDays.Distinct()], rule));
        return Result.Success;
    }

    private async Task<bool> HasOpenBookingsAsync(PeriodKind kind, CancellationToken ct)
    {
        var starts = await session.Query<FamilyBookings>().Where(b => b.Kind == kind && b.Cells.Any()).Select(b => b.PeriodStart).Distinct().ToListAsync(ct);
        foreach (var start in starts)
        {
            if (await session.ClosedPeriodAsync(tenant.TenantId, BookingPeriod.Containing(kind, start), ct) is null)
            {
                return true;
            }
        }

        return false;
    }
}

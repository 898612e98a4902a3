using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.ChangeBookingCalendar;

/// <summary>
/// Period kind, opening days, deadline rule: load the calendar and whether periods not yet closed hold bookings →
/// <see cref="BookingCalendarDecisions"/> → append. Closed periods keep their own days and deadline.
/// </summary>
public sealed class ChangeBookingCalendarHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<ChangeBookingCalendarCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeBookingCalendarCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        var openPeriodsHoldBookings = stream.Aggregate is { } calendar && await OpenPeriodsHoldBookingsAsync(calendar.Kind, ct);
        Names.TryPeriodKind(command.PeriodKind, out var kind);
        var change = new Domain.ChangeBookingCalendar(
            kind, command.OpeningDays, new DeadlineRule(command.DeadlineWeekDay, command.DeadlineMonthDay, command.DeadlineTime),
            command.ReminderDaysBefore);
        var decision = BookingCalendarDecisions.Decide(change, stream.Aggregate, openPeriodsHoldBookings);
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }

    /// <summary>Whether a period of <paramref name="kind"/> holding bookings is not closed yet (two statements).</summary>
    private async Task<bool> OpenPeriodsHoldBookingsAsync(PeriodKind kind, CancellationToken ct)
    {
        var starts = await session.Query<FamilyBookings>().Where(b => b.Kind == kind && b.Cells.Any()).Select(b => b.PeriodStart).Distinct().ToListAsync(ct);
        if (starts.Count == 0)
        {
            return false;
        }

        var ids = starts.Select(start => ClosedPeriod.IdFor(tenant.TenantId, BookingPeriod.Containing(kind, start))).Distinct().ToArray();
        return (await session.LoadManyAsync<ClosedPeriod>(ct, ids)).Count < ids.Length;
    }
}

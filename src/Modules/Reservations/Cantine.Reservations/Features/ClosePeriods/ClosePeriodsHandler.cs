using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ClosePeriods;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.ClosePeriods;

/// <summary>
/// Closes every period whose deadline passed and is not closed yet — periods holding bookings, missed ones
/// included, and the periods around today — freezing its headcounts. A closed period is never closed again.
/// </summary>
public sealed class ClosePeriodsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ClosePeriodsCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(ClosePeriodsCommand command, CancellationToken ct)
    {
        if (await session.CalendarAsync(tenant.TenantId, ct) is not { } calendar)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var current = calendar.PeriodContaining(ParisTime.DateOf(now));
        var booked = await session.Query<FamilyBookings>().Select(b => new { b.Kind, b.PeriodStart }).Distinct().ToListAsync(ct);
        var candidates = booked.Select(b => BookingPeriod.Containing(b.Kind, b.PeriodStart))
            .Concat([current.Previous, current, current.Next])
            .Distinct()
            .Where(p => now > calendar.Rule.DeadlineOf(p))
            .OrderBy(p => p.Start)
            .ToList();
        var services = await session.ServicesAsync(ct);
        var closed = 0;
        foreach (var period in candidates)
        {
            if (await session.ClosedPeriodAsync(tenant.TenantId, period, ct) is not null)
            {
                continue;
            }

            var headcounts = await PeriodHeadcounts.LiveAsync(session, calendar with { Kind = period.Kind }, period, services, ct);
            var frozen = ClosedPeriod.Close(tenant.TenantId, calendar, period, services, headcounts, now);
            session.Insert(frozen);
            await bus.PublishAsync(new PeriodClosedIntegrationEvent(
                tenant.TenantId, period.Kind.ToString(), period.Start, period.End, frozen.Deadline, now, headcounts.Sum(h => h.Count)));
            closed++;
        }

        return closed;
    }
}

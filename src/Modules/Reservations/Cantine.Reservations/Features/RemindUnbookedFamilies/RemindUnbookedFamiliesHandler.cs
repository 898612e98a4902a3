using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Contracts.RemindUnbookedFamilies;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.RemindUnbookedFamilies;

/// <summary>
/// The periods whose reminder is due (<see cref="BookingReminder.DuePeriods"/>) and not issued yet → the families to
/// remind (<see cref="UnbookedFamilies"/>) → one message each and the period's <see cref="BookingRemindersIssued"/>, in one
/// transaction (the outbox).
/// </summary>
public sealed class RemindUnbookedFamiliesHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<RemindUnbookedFamiliesCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(RemindUnbookedFamiliesCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await session.CalendarAsync(tenant.TenantId, ct) is not { } calendar)
        {
            return 0;
        }

        var due = BookingReminder.DuePeriods(calendar, now);
        var issued = due.Count == 0 ? [] : await session.LoadManyAsync<BookingRemindersIssued>(
            ct, due.Select(p => BookingRemindersIssued.IdFor(tenant.TenantId, p)).ToArray());
        var periods = due.Where(p => issued.All(i => i.Id != BookingRemindersIssued.IdFor(tenant.TenantId, p))).ToList();
        if (periods.Count == 0)
        {
            return 0;
        }

        var town = await UnbookedFamilies.ReadTownAsync(session, ct);
        var reminded = 0;
        foreach (var period in periods)
        {
            var booked = await session.Query<FamilyBookings>()
                .Where(b => b.Kind == period.Kind && b.PeriodStart == period.Start).ToListAsync(ct);
            var families = UnbookedFamilies.Of(calendar, period, town, booked);
            foreach (var (familyId, children) in families)
            {
                await bus.PublishAsync(new BookingReminderDueIntegrationEvent(
                    tenant.TenantId, familyId, period.Kind.ToString(), period.Start, period.End, calendar.DeadlineOf(period), children));
            }

            session.Store(new BookingRemindersIssued(BookingRemindersIssued.IdFor(tenant.TenantId, period), period.Kind, period.Start, now, families.Count));
            reminded += families.Count;
        }

        return reminded;
    }
}

using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.SubmitBookings;

/// <summary>
/// `Valider`: the family's whole period at once, or nothing (ADR 0012, 0013). Locks and loads the period →
/// <see cref="FamilyBookingsDecisions"/> → append and confirm (and the guardian's receipt, <see cref="BookingReceipt"/>); the same
/// form sent again answers what it changed the first time.
/// </summary>
public sealed class SubmitBookingsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SubmitBookingsCommand, Result<BookingsSavedDto>>
{
    public async ValueTask<Result<BookingsSavedDto>> Handle(SubmitBookingsCommand command, CancellationToken ct)
    {
        if (await session.CalendarAsync(tenant.TenantId, ct) is not { } calendar)
        {
            return Refusals.Of("Calendar.Missing");
        }

        var period = calendar.PeriodContaining(command.PeriodStart);
        if (period.Start != command.PeriodStart)
        {
            return Refusals.Of("Bookings.UnknownPeriod", nameof(command.PeriodStart));
        }

        var (sheet, situation) = await session.LockPeriodAsync(tenant.TenantId, calendar, period, command.FamilyId, byStaff: false, ct);
        var archived = await session.LoadAsync<ArchivedFamily>(command.FamilyId, ct) is not null;
        var now = clock.GetUtcNow();
        var ticked = command.Ticked.Select(t => new BookedCell(t.ChildId, t.ServiceId, t.Date)).ToList();
        var submit = new Domain.SubmitBookings(sheet.Id, command.SubmissionId, command.Version, ticked);
        var decision = FamilyBookingsDecisions.Decide(submit, sheet.Aggregate, situation, archived, now);
        if (decision.IsRefused)
        {
            return Refusals.Of(decision, situation);
        }

        sheet.AppendMany(decision.Events);
        var saved = await bus.ConfirmAsync(tenant.TenantId, situation, sheet.Aggregate, decision, staffUserId: null, now);
        await BookingReceipt.PublishAsync(bus, tenant.TenantId, situation, sheet.Aggregate, decision, actor.UserId, command.SubmissionId, saved.GrandTotalCents, now);
        return sheet.Aggregate?.Outcome(command.SubmissionId) is { } done ? saved with { Booked = done.Booked, Cancelled = done.Cancelled } : saved;
    }
}

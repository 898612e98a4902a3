using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.CorrectBookings;

/// <summary>
/// Staff correct a family's period, after the deadline too; the event keeps who did it (audit trail). Locks and loads
/// the period → <see cref="FamilyBookingsDecisions"/> → append and confirm.
/// </summary>
public sealed class CorrectBookingsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<CorrectBookingsCommand, Result<BookingsSavedDto>>
{
    public async ValueTask<Result<BookingsSavedDto>> Handle(CorrectBookingsCommand command, CancellationToken ct)
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

        var (sheet, situation) = await session.LockPeriodAsync(tenant.TenantId, calendar, period, command.FamilyId, byStaff: true, ct);
        var now = clock.GetUtcNow();
        var ticked = command.Ticked.Select(t => new BookedCell(t.ChildId, t.ServiceId, t.Date)).ToList();
        var correct = new Domain.CorrectBookings(sheet.Id, command.StaffUserId, command.Version, ticked);
        var decision = FamilyBookingsDecisions.Decide(correct, sheet.Aggregate, situation, now);
        if (decision.IsRefused)
        {
            return Refusals.Of(decision, situation);
        }

        sheet.AppendMany(decision.Events);
        return await bus.ConfirmAsync(tenant.TenantId, situation, sheet.Aggregate, decision, command.StaffUserId, now);
    }
}

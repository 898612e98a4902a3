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

/// <summary>Staff correct a family's period, after the deadline too; the event keeps who did it (audit trail).</summary>
public sealed class CorrectBookingsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<CorrectBookingsCommand, Result<BookingsSavedDto>>
{
    public async ValueTask<Result<BookingsSavedDto>> Handle(CorrectBookingsCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ticked = command.Ticked.Select(t => new BookedCell(t.ChildId, t.ServiceId, t.Date)).ToList();
        var request = new BookingRequest(
            command.FamilyId, command.PeriodStart, ByStaff: true, command.Version, SubmissionId: null,
            (situation, sheet) => BookingRules.Decide(situation, sheet?.Cells ?? [], ticked, now),
            change => new BookingsCorrected(command.FamilyId, command.PeriodStart, command.StaffUserId, change.Booked, change.Cancelled, now),
            command.StaffUserId);
        return await BookingWriter.ChangeAsync(session, bus, tenant.TenantId, now, request, ct);
    }
}

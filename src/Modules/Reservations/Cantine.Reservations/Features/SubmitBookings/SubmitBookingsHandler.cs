using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.SubmitBookings;

/// <summary>`Valider`: the family's whole period at once, or nothing (ADR 0012, 0013).</summary>
public sealed class SubmitBookingsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<SubmitBookingsCommand, Result<BookingsSavedDto>>
{
    public async ValueTask<Result<BookingsSavedDto>> Handle(SubmitBookingsCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ticked = command.Ticked.Select(t => new BookedCell(t.ChildId, t.ServiceId, t.Date)).ToList();
        var request = new BookingRequest(
            command.FamilyId, command.PeriodStart, ByStaff: false, command.Version, command.SubmissionId,
            (situation, sheet) => BookingRules.Decide(situation, sheet?.Cells ?? [], ticked, now),
            change => new BookingsSubmitted(command.FamilyId, command.PeriodStart, command.SubmissionId, change.Booked, change.Cancelled, now));
        return await BookingWriter.ChangeAsync(session, bus, tenant.TenantId, now, request, ct);
    }
}

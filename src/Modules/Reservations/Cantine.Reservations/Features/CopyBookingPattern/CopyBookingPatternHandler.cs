using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.CopyBookingPattern;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.CopyBookingPattern;

/// <summary>
/// Copies the period's bookings, week day by week day, onto each following period up to a date. Each target
/// period is decided on its own (its deadline, its closed days, the other family's bookings): filled or refused.
/// </summary>
public sealed class CopyBookingPatternHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<CopyBookingPatternCommand, Result<CopyPatternResultDto>>
{
    public async ValueTask<Result<CopyPatternResultDto>> Handle(CopyBookingPatternCommand command, CancellationToken ct)
    {
        if (await session.CalendarAsync(tenant.TenantId, ct) is not { } calendar)
        {
            return Refusals.Of("Calendar.Missing");
        }

        var source = calendar.PeriodContaining(command.PeriodStart);
        if (source.Start != command.PeriodStart)
        {
            return Refusals.Of("Bookings.UnknownPeriod", nameof(command.PeriodStart));
        }

        if (command.Until <= source.End || command.Until > source.End.AddYears(1))
        {
            return Refusals.Of("Copy.Until", nameof(command.Until));
        }

        var services = await session.ServicesAsync(ct);
        var sheet = await session.SheetAsync(tenant.TenantId, command.FamilyId, source, ct);
        var pattern = CopiedPattern.Of(calendar, services, sheet);
        if (pattern.Count == 0)
        {
            return Refusals.Of("Copy.Nothing", nameof(command.PeriodStart));
        }

        var now = clock.GetUtcNow();
        var filled = new List<DateOnly>();
        var refused = new List<RefusedPeriodDto>();
        for (var target = source.Next; target.Start <= command.Until; target = target.Next)
        {
            var request = new BookingRequest(
                command.FamilyId, target.Start, ByStaff: false, Version: null, SubmissionId: null,
                (situation, current) => BookingRules.Decide(situation, current?.Cells ?? [], CopiedPattern.Apply(pattern, situation), now),
                change => new BookingPatternCopied(command.FamilyId, target.Start, source.Start, change.Booked, change.Cancelled, now));
            var result = await BookingWriter.ChangeAsync(session, bus, tenant.TenantId, now, request, ct);
            if (result.IsSuccess)
            {
                filled.Add(target.Start);
            }
            else
            {
                var error = result.Errors[0];
                var reason = error.Code == "Bookings.Late"
                    ? ReservationsText.Get("Copy.Deadline", FrenchDates.Deadline(calendar.DeadlineOf(target)))
                    : error.Message;
                refused.Add(new RefusedPeriodDto(target.Start, reason));
            }
        }

        return new CopyPatternResultDto(filled, refused);
    }
}

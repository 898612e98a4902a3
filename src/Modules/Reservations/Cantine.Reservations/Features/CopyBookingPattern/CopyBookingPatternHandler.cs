using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.CopyBookingPattern;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.CopyBookingPattern;

/// <summary>
/// Copies the period's bookings, week day by week day, onto each following period up to a date. Each target period
/// is locked, loaded and decided on its own by <see cref="FamilyBookingsDecisions"/> (its deadline, its closed days,
/// the other family's bookings): filled or refused.
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

        var pattern = BookingPattern.Of(calendar, await session.ServicesAsync(ct), await session.SheetAsync(tenant.TenantId, command.FamilyId, source, ct));
        if (pattern.Count == 0)
        {
            return Refusals.Of("Copy.Nothing", nameof(command.PeriodStart));
        }

        var now = clock.GetUtcNow();
        var archived = await session.LoadAsync<ArchivedFamily>(command.FamilyId, ct) is not null;
        var filled = new List<DateOnly>();
        var refused = new List<RefusedPeriodDto>();
        for (var target = source.Next; target.Start <= command.Until; target = target.Next)
        {
            var (sheet, situation) = await session.LockPeriodAsync(tenant.TenantId, calendar, target, command.FamilyId, byStaff: false, ct);
            var copy = new Domain.CopyBookingPattern(sheet.Id, source.Start, pattern);
            var decision = FamilyBookingsDecisions.Decide(copy, sheet.Aggregate, situation, archived, now);
            if (decision.IsRefused)
            {
                refused.Add(new RefusedPeriodDto(target.Start, Reason(decision, situation, calendar.DeadlineOf(target))));
                continue;
            }

            sheet.AppendMany(decision.Events);
            await bus.ConfirmAsync(tenant.TenantId, situation, sheet.Aggregate, decision, staffUserId: null, now);
            filled.Add(target.Start);
        }

        return new CopyPatternResultDto(filled, refused);
    }

    private static string Reason(Decision refused, BookingSituation situation, DateTimeOffset deadline) =>
        refused.Refusal == "Bookings.Late" ? ReservationsText.Get("Copy.Deadline", FrenchDates.Deadline(deadline)) : Refusals.Of(refused, situation).Message;
}

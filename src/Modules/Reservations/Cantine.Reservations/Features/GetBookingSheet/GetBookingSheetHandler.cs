using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.GetBookingSheet;

/// <summary>
/// The manual §3 page: the family's period document (the inline snapshot of its stream) plus the small calendar,
/// children and services documents. With no day given, parents land on the first period still open to them.
/// One round trip: the town's calendar and services come from <see cref="TownReferences"/>, the rest from
/// <see cref="FamilyPeriodRead"/> (ADR 0030).
/// </summary>
public sealed class GetBookingSheetHandler(IQuerySession session, TimeProvider clock, TownReferences references)
    : IQueryHandler<GetBookingSheetQuery, BookingSheetDto?>
{
    private const int PeriodsLookedAhead = 3;

    public async ValueTask<BookingSheetDto?> Handle(GetBookingSheetQuery query, CancellationToken ct)
    {
        var town = await references.OfAsync(session, ct);
        if (town.Calendar is not { } calendar)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var period = calendar.PeriodContaining(query.Day ?? ParisTime.DateOf(now));
        for (var step = 0; query.Day is null && !query.ForStaff && step < PeriodsLookedAhead && !calendar.Rule.IsOpen(period, now); step++)
        {
            period = period.Next;
        }

        if (query.Day is null && !query.ForStaff && !calendar.Rule.IsOpen(period, now))
        {
            period = calendar.PeriodContaining(ParisTime.DateOf(now));
        }

        var read = await FamilyPeriodRead.LoadAsync(session, query.FamilyId, period, !query.ForStaff, ct);
        var situation = BookingReads.SituationOf(
            calendar, period, query.FamilyId, read.Children, town.Services, read.Closed, read.OtherFamilies, query.ForStaff);
        var isOpen = situation.IsOpenFor(now) && !read.Archived;
        var days = read.Closed?.Days ?? calendar.OpeningDaysOf(period);
        return SheetBuilder.Build(situation, read.Sheet, days, read.Closed?.Deadline ?? calendar.DeadlineOf(period), isOpen);
    }
}

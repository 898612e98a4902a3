using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Reservations.Contracts.FamilyHome;
using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Features.FamilyHome;

/// <summary>Which open periods the home page mentions, and who has nothing booked in them (ADR 0032).</summary>
internal static class HomePeriods
{
    /// <summary>How far the home looks for deadlines: the first open period always, the next ones if their deadline is this close.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(15);

    private const int MaxPeriods = 4;

    /// <summary>The first period still open at <paramref name="now"/>, then the following ones whose deadline falls within <see cref="Horizon"/>.</summary>
    public static IReadOnlyList<BookingPeriod> Ahead(BookingCalendar calendar, DateTimeOffset now)
    {
        var period = calendar.PeriodContaining(ParisTime.DateOf(now));
        for (var step = 0; step < 3 && !calendar.Rule.IsOpen(period, now); step++)
        {
            period = period.Next;
        }

        var periods = new List<BookingPeriod>();
        while (calendar.Rule.IsOpen(period, now) && periods.Count < MaxPeriods && (periods.Count == 0 || calendar.DeadlineOf(period) <= now + Horizon))
        {
            periods.Add(period);
            period = period.Next;
        }

        return periods;
    }

    /// <summary>
    /// The periods with at least one bookable day (open, not closed, a parent-bookable service the child is enrolled in and that
    /// runs that day) for one of the children; a holiday week says nothing.
    /// </summary>
    public static IReadOnlyList<OpenPeriodDto> Describe(
        BookingCalendar calendar, IReadOnlyDictionary<Guid, Service> services, IReadOnlyList<BookingPeriod> periods,
        IReadOnlyList<ReservationChild> children, IReadOnlyList<FamilyBookings> sheets)
    {
        var result = new List<OpenPeriodDto>();
        foreach (var period in periods)
        {
            var concerned = children.Where(c => !c.Erased && HasBookableDay(calendar, services, period, c)).ToList();
            if (concerned.Count == 0)
            {
                continue;
            }

            var booked = sheets.FirstOrDefault(s => s.PeriodStart == period.Start)?.Cells.Select(c => c.ChildId).ToHashSet() ?? [];
            result.Add(new OpenPeriodDto(
                period.Start, period.End, calendar.DeadlineOf(period), [.. concerned.Where(c => !booked.Contains(c.Id)).Select(c => c.FirstName)]));
        }

        return result;
    }

    private static bool HasBookableDay(BookingCalendar calendar, IReadOnlyDictionary<Guid, Service> services, BookingPeriod period, ReservationChild child) =>
        period.Dates().Any(day => calendar.IsOpenDay(day)
            && child.ServiceIds.Any(id => services.TryGetValue(id, out var service) && service.BookableByParents && service.RunsOn(day)));
}

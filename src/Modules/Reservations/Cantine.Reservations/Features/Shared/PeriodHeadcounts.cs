using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.Features.Shared;

internal static class PeriodHeadcounts
{
    /// <summary>The live figures of a period: every family's document of that period, and the children they name.</summary>
    public static async Task<IReadOnlyList<HeadcountRow>> LiveAsync(
        IQuerySession session, BookingCalendar calendar, BookingPeriod period, IReadOnlyDictionary<Guid, Service> services, CancellationToken ct)
    {
        var sheets = await session.Query<FamilyBookings>().Where(b => b.Kind == period.Kind && b.PeriodStart == period.Start).ToListAsync(ct);
        var childIds = sheets.SelectMany(s => s.Cells).Select(c => c.ChildId).Distinct().ToArray();
        var children = await session.ChildrenAsync(childIds, ct);
        return Headcounts.Count(calendar, period, sheets, children.ToDictionary(c => c.Id), services);
    }
}

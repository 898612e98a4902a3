using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.Features.Shared;

/// <summary>The small documents a booking page or decision reads, besides the family's own period document.</summary>
internal static class BookingReads
{
    public static Task<BookingCalendar?> CalendarAsync(this IQuerySession session, string tenantId, CancellationToken ct) =>
        session.LoadAsync<BookingCalendar>(BookingCalendar.IdFor(tenantId), ct);

    public static async Task<IReadOnlyList<ReservationChild>> ChildrenOfAsync(this IQuerySession session, Guid familyId, CancellationToken ct) =>
        [.. (await session.ChildrenAsync([.. await session.Query<ChildCopy>().Where(c => c.FamilyIds.Contains(familyId) && !c.Erased).ToListAsync(ct)], ct))
            .OrderBy(c => c.FirstName, StringComparer.CurrentCulture)];

    public static async Task<IReadOnlyDictionary<Guid, Service>> ServicesAsync(this IQuerySession session, CancellationToken ct) =>
        (await session.Query<Service>().ToListAsync(ct)).ToDictionary(s => s.Id);

    /// <summary>The names of the town's services, but <paramref name="except"/>'s.</summary>
    public static async Task<IReadOnlyList<string>> ServiceNamesAsync(this IQuerySession session, Guid? except, CancellationToken ct) => except is { } id
        ? await session.Query<Service>().Where(s => s.Id != id).Select(s => s.Name).ToListAsync(ct)
        : await session.Query<Service>().Select(s => s.Name).ToListAsync(ct);

    public static Task<FamilyBookings?> SheetAsync(this IQuerySession session, string tenantId, Guid familyId, BookingPeriod period, CancellationToken ct) =>
        session.LoadAsync<FamilyBookings>(FamilyBookings.StreamIdFor(tenantId, familyId, period.Start), ct);

    public static Task<ClosedPeriod?> ClosedPeriodAsync(this IQuerySession session, string tenantId, BookingPeriod period, CancellationToken ct) =>
        session.LoadAsync<ClosedPeriod>(ClosedPeriod.IdFor(tenantId, period), ct);

    /// <summary>Everything a decision about this family's period needs; a closed period is seen as it was at closing.</summary>
    public static async Task<BookingSituation> SituationAsync(
        this IQuerySession session, string tenantId, BookingCalendar calendar, BookingPeriod period, Guid familyId,
        IReadOnlyList<ReservationChild> children, bool byStaff, CancellationToken ct)
    {
        var services = await session.ServicesAsync(ct);
        var closed = await session.ClosedPeriodAsync(tenantId, period, ct);
        if (closed is not null)
        {
            (calendar, services) = closed.Frozen(calendar, services);
        }

        var held = await session.HeldByOtherFamiliesAsync(tenantId, familyId, period, children, ct);
        return new BookingSituation(calendar, period, closed is not null, familyId, children.ToDictionary(c => c.Id), services, held, byStaff);
    }

    /// <summary>The same, from the services, closed period and other families' documents already read (a page reads them in one batch).</summary>
    public static BookingSituation SituationOf(
        BookingCalendar calendar, BookingPeriod period, Guid familyId, IReadOnlyList<ReservationChild> children,
        IReadOnlyDictionary<Guid, Service> services, ClosedPeriod? closed, IReadOnlyList<FamilyBookings> otherFamilies, bool byStaff)
    {
        if (closed is not null)
        {
            (calendar, services) = closed.Frozen(calendar, services);
        }

        var held = HeldBy(familyId, children, otherFamilies);
        return new BookingSituation(calendar, period, closed is not null, familyId, children.ToDictionary(c => c.Id), services, held, byStaff);
    }

    /// <summary>The cells of these children that their other family (separated parents) holds in the period.</summary>
    private static async Task<IReadOnlyDictionary<BookedCell, Guid>> HeldByOtherFamiliesAsync(
        this IQuerySession session, string tenantId, Guid familyId, BookingPeriod period, IReadOnlyList<ReservationChild> children, CancellationToken ct)
    {
        var shared = children.Where(c => c.OtherFamilyOf(familyId) is not null).ToList();
        if (shared.Count == 0)
        {
            return new Dictionary<BookedCell, Guid>();
        }

        var ids = shared.SelectMany(c => c.FamilyIds).Where(f => f != familyId).Distinct()
            .Select(f => FamilyBookings.StreamIdFor(tenantId, f, period.Start)).ToArray();
        return HeldBy(familyId, shared, [.. await session.LoadManyAsync<FamilyBookings>(ct, ids)]);
    }

    private static IReadOnlyDictionary<BookedCell, Guid> HeldBy(Guid familyId, IReadOnlyList<ReservationChild> children, IReadOnlyList<FamilyBookings> sheets)
    {
        var childIds = children.Where(c => c.OtherFamilyOf(familyId) is not null).Select(c => c.Id).ToHashSet();
        return sheets.Where(s => s.FamilyId != familyId)
            .SelectMany(s => s.Cells.Where(c => childIds.Contains(c.ChildId)).Select(c => (Cell: c, s.FamilyId)))
            .DistinctBy(x => x.Cell)
            .ToDictionary(x => x.Cell, x => x.FamilyId);
    }
}

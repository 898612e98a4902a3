using Cantine.BuildingBlocks.Domain;
using Cantine.Reservations.Domain;
using Marten;
using JasperFx.Events;

namespace Cantine.Reservations.Features.Shared;

/// <summary>
/// Serialises every writer of a family's period and of its children's days (the other family of a shared child
/// included) until the command's transaction commits (ADR 0012).
/// </summary>
internal static class BookingLocks
{
    public static Task LockAsync(
        this IDocumentSession session, string tenantId, Guid familyId, BookingPeriod period, IEnumerable<Guid> childIds, CancellationToken ct) =>
        session.TakeAsync(
            childIds.Select(id => StableId.LockKey("child-period", tenantId, id, period.Start))
                .Append(StableId.LockKey("family-period", tenantId, familyId, period.Start)),
            ct);

    /// <summary>
    /// Locks the family's period, then loads its stream for writing and everything a decision about it looks at: under
    /// the locks a second writer waits for the first to commit and decides on its result, so two changes sent at the
    /// same instant never both win; the stream's expected version stays as the last guard.
    /// </summary>
    public static async Task<(IEventStream<FamilyBookings> Sheet, BookingSituation Situation)> LockPeriodAsync(
        this IDocumentSession session, string tenantId, BookingCalendar calendar, BookingPeriod period, Guid familyId, bool byStaff, CancellationToken ct)
    {
        var children = await session.ChildrenOfAsync(familyId, ct);
        await session.LockAsync(tenantId, familyId, period, children.Select(c => c.Id), ct);
        var sheet = await session.Events.FetchForWriting<FamilyBookings>(FamilyBookings.StreamIdFor(tenantId, familyId, period.Start), ct);
        var situation = await session.SituationAsync(tenantId, calendar, period, familyId, children, byStaff, ct);
        return (sheet, situation);
    }
}

using Cantine.Reservations.Domain;
using Marten;

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
}

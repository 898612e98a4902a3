using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.Features.Shared;

/// <summary>Children as decisions and pages see them: the copy of Accounts' facts with the child's enrolments.</summary>
internal static class ChildReads
{
    public static async Task<IReadOnlyList<ReservationChild>> ChildrenAsync(this IQuerySession session, IReadOnlyCollection<ChildCopy> copies, CancellationToken ct)
    {
        if (copies.Count == 0)
        {
            return [];
        }

        var enrolments = (await session.LoadManyAsync<ChildEnrolments>(ct, copies.Select(c => ChildEnrolments.StreamIdFor(c.Id)).ToArray()))
            .ToDictionary(e => e.ChildId);
        return [.. copies.Select(c => ReservationChild.Of(c, enrolments.GetValueOrDefault(c.Id)))];
    }

    public static async Task<IReadOnlyList<ReservationChild>> ChildrenAsync(this IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await session.ChildrenAsync([.. await session.LoadManyAsync<ChildCopy>(ct, ids)], ct);

    public static async Task<ReservationChild?> ChildAsync(this IQuerySession session, Guid id, CancellationToken ct) =>
        (await session.ChildrenAsync([id], ct)).SingleOrDefault();
}

using Cantine.Reservations.Domain;
using Marten;
using Npgsql;

namespace Cantine.Reservations.Features.Shared;

/// <summary>
/// Serialises every writer of a family's period and of its children's days (the other family of a shared child
/// included) until the command's transaction commits: PostgreSQL transaction-level advisory locks, taken in a
/// fixed order so two writers never wait on each other crosswise (ADR 0012).
/// </summary>
internal static class BookingLocks
{
    public static async Task LockAsync(
        this IDocumentSession session, string tenantId, Guid familyId, BookingPeriod period, IEnumerable<Guid> childIds, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        var keys = childIds.Select(id => StableId.LockKey("child-period", tenantId, id, period.Start))
            .Append(StableId.LockKey("family-period", tenantId, familyId, period.Start))
            .Distinct()
            .Order();
        var connection = session.Connection ?? throw new InvalidOperationException("The session has no open connection.");
        foreach (var key in keys)
        {
            await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}

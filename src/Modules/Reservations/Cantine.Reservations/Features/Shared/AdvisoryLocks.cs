using Marten;
using Npgsql;

namespace Cantine.Reservations.Features.Shared;

/// <summary>
/// PostgreSQL transaction-level advisory locks, held until the command's transaction commits (ADR 0012): every
/// writer takes its keys in ascending order, so two writers never wait on each other crosswise.
/// </summary>
internal static class AdvisoryLocks
{
    public static async Task TakeAsync(this IDocumentSession session, IEnumerable<long> keys, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        var connection = session.Connection ?? throw new InvalidOperationException("The session has no open connection.");
        foreach (var key in keys.Distinct().Order())
        {
            await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}

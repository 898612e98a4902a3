using Cantine.Attendance.Domain;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>
/// Keeps the newest copy of the town: an older structure version never replaces a newer one, and two concurrent writers
/// cannot both win (optimistic concurrency; the loser is retried against the winner's copy).
/// </summary>
internal static class TownCopies
{
    public static async Task KeepAsync(IDocumentSession session, string name, string contactEmail, string phone, string? periodKind, long version, CancellationToken ct)
    {
        var current = await session.LoadAsync<TownCopy>(TownCopy.SingletonId, ct);
        if (current is null)
        {
            session.Insert(new TownCopy(TownCopy.SingletonId, name, contactEmail, phone, periodKind ?? "Week", version));
        }
        else if (current.Version < version)
        {
            session.Update(current with { Name = name, ContactEmail = contactEmail, Phone = phone, PeriodKind = periodKind ?? current.PeriodKind, Version = version });
        }
        else if (periodKind is not null && current.PeriodKind != periodKind)
        {
            // Only the creation carries the period kind: a change handled first keeps its details and takes the kind.
            session.Update(current with { PeriodKind = periodKind });
        }
    }
}

using Cantine.Reservations.Domain;
using Marten;
using Marten.Services;

namespace Cantine.Reservations.Features.Shared;

/// <summary>After a session commits a change of its town's calendar, closures or services, every instance forgets the town's <see cref="TownReferences"/>.</summary>
internal sealed class TownReferenceInvalidation(TownReferences references) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var changed = commit.GetEvents().Any(e => IsReference(e.Data))
            || commit.Inserted.Concat(commit.Updated).Any(IsReference)
            || commit.Deleted.Any(d => d.DocumentType == typeof(BookingCalendar) || d.DocumentType == typeof(Service));
        if (changed)
        {
            references.Changed(session.TenantId);
        }

        return Task.CompletedTask;
    }

    private static bool IsReference(object data) => data is BookingCalendar or Service
        or BookingCalendarCreated or BookingCalendarChanged or ClosureAdded or ClosureChanged or ClosureRemoved
        or ServiceCreated or ServiceChanged or ServicePriceChanged;
}

using Cantine.Messaging.Domain;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>
/// Keeps the newest copy of the structure's contact. Messages may be handled out of order or at the same instant: an
/// older version never replaces a newer one, and two concurrent writers cannot both win (the document uses optimistic
/// concurrency, so the loser fails and Wolverine retries it against the winner's copy).
/// </summary>
internal static class TownContacts
{
    public static async Task KeepAsync(IDocumentSession session, string name, string contactEmail, long version, CancellationToken ct)
    {
        var current = await session.LoadAsync<TownContact>(TownContact.SingletonId, ct);
        if (current is null)
        {
            session.Insert(new TownContact(TownContact.SingletonId, name, contactEmail, version));
        }
        else if (current.Version < version)
        {
            session.Update(current with { Name = name, ContactEmail = contactEmail, Version = version });
        }
    }
}

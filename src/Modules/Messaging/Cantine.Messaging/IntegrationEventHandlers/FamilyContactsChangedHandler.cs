using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Messaging.Domain;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>
/// Keeps the newest copy of a family's guardians to write to. An older version never replaces a newer one; two concurrent
/// writers cannot both win (optimistic concurrency: the loser fails and Wolverine retries it against the winner's copy).
/// </summary>
public sealed class FamilyContactsChangedHandler
{
    public static async Task Handle(FamilyContactsChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var guardians = message.Guardians.Select(g => new Recipient(g.GuardianId, g.DisplayName, g.Email)).ToList();
        var current = await session.LoadAsync<FamilyRecipients>(message.FamilyId, ct);
        if (current is null)
        {
            session.Insert(new FamilyRecipients(message.FamilyId, guardians, message.Version));
        }
        else if (current.Version < message.Version)
        {
            session.Update(current with { Guardians = guardians, Version = message.Version });
        }
    }
}

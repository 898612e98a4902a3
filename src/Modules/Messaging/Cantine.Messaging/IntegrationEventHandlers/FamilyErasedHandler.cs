using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.BuildingBlocks.Files;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>
/// RGPD erasure of a family (ADR 0018): its contact threads are masked (stored events included) and erased
/// (<see cref="ContactThreadDecisions"/>), their attachments deleted, and the trace of e-mails sent to its guardians
/// forgotten. Idempotent: a second delivery finds nothing left.
/// </summary>
public sealed class FamilyErasedHandler
{
    public static async Task Handle(FamilyErasedIntegrationEvent message, IDocumentSession session, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var threads = await session.Query<ContactThread>()
            .Where(t => t.FamilyId == message.FamilyId && t.AuthorEmail != string.Empty).ToListAsync(ct);
        if (threads.Count > 0)
        {
            await store.Advanced.ApplyEventDataMasking(masking =>
            {
                masking.ForTenant(message.TenantId);
                foreach (var thread in threads)
                {
                    masking.IncludeStream(thread.Id);
                }

                masking.AddHeader("rgpd", "effacement");
            }, ct);
        }

        var now = clock.GetUtcNow();
        foreach (var thread in threads)
        {
            var stream = await session.Events.FetchForWriting<ContactThread>(thread.Id, ct);
            stream.AppendMany(ContactThreadDecisions.Decide(new EraseThread(), stream.Aggregate, now).Events);

            // The traces of the e-mails the thread caused keep their subjects, which quote the family's.
            session.Delete<SentEmail>(CauseIds.For("contact-received", message.TenantId, thread.Id));
            foreach (var reply in thread.Entries.Where(entry => entry.FromStaff))
            {
                session.Delete<SentEmail>(CauseIds.For("contact-reply", message.TenantId, thread.Id, reply.At.ToUnixTimeMilliseconds()));
            }
            if (thread.AttachmentFileId is { } fileId)
            {
                FileStore.QueueDelete(session, fileId);
            }
        }

        session.Delete<FamilyRecipients>(message.FamilyId);
        foreach (var email in message.GuardianEmails ?? [])
        {
            session.DeleteWhere<SentEmail>(s => s.To == email);
        }
    }
}

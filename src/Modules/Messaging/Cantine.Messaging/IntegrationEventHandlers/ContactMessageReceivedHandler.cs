using Cantine.Messaging.Contracts.IntegrationEvents;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>Tells the structure's contact address that a family wrote (the message itself stays in the inbox).</summary>
public sealed class ContactMessageReceivedHandler
{
    public static async Task Handle(
        ContactMessageReceivedIntegrationEvent message, IDocumentSession session, EmailDispatcher dispatcher,
        IOptions<MessagingOptions> options, ILogger<ContactMessageReceivedHandler> log, CancellationToken ct)
    {
        if (await session.LoadAsync<TownContact>(TownContact.SingletonId, ct) is not { } town)
        {
            // The structure's creation event may still be on its way: fail, and Wolverine's retry policy tries again.
            log.LogWarning("No contact address known yet for {Tenant}: notification of {ThreadId} retried later", message.TenantId, message.ThreadId);
            throw new InvalidOperationException($"No contact address known for structure '{message.TenantId}'.");
        }

        var subject = MessagingText.Get("ContactReceived.Subject", message.Subject);
        var (text, html) = EmailTemplates.Render("contact-received", subject, new Dictionary<string, string>
        {
            ["AuthorName"] = message.AuthorName,
            ["Subject"] = message.Subject,
            ["At"] = FrenchDates.DateAndTime(message.At),
            ["Link"] = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{message.TenantId}/admin/messages/{message.ThreadId}",
            ["StructureName"] = town.Name,
        });
        var email = new EmailMessage(message.TenantId, town.ContactEmail, town.Name, subject, text, html);
        await dispatcher.SendOnceAsync(session, CauseIds.For("contact-received", message.TenantId, message.ThreadId), "contact-received", email, ct);
    }
}

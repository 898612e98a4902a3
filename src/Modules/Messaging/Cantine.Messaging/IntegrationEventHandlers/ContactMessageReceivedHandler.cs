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
            log.LogWarning("No contact address known for {Tenant}: message {ThreadId} not notified", message.TenantId, message.ThreadId);
            return;
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

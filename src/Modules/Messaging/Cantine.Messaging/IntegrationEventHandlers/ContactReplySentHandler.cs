using Cantine.Messaging.Contracts.IntegrationEvents;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Marten;
using Microsoft.Extensions.Options;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>
/// Tells the family that the structure replied; the reply itself is read in "Mes messages". The author of the thread may
/// turn these e-mails off in "Mes préférences" (ADR 0033).
/// </summary>
public sealed class ContactReplySentHandler
{
    public static async Task Handle(
        ContactReplySentIntegrationEvent message, IDocumentSession session, EmailDispatcher dispatcher, IOptions<MessagingOptions> options,
        UnsubscribeLinks links, CancellationToken ct)
    {
        var thread = await session.LoadAsync<ContactThread>(message.ThreadId, ct);
        if (thread is not null && !await OptionalEmails.WantsAsync(session, message.TenantId, thread.GuardianId, EmailKind.ContactReply, ct))
        {
            return;
        }

        var town = await session.LoadAsync<TownContact>(TownContact.SingletonId, ct);
        var preferences = OptionalEmails.PreferencesLink(options.Value, message.TenantId);
        var structureName = town?.Name ?? message.TenantId;
        var subject = MessagingText.Get("ContactReply.Subject", structureName);
        var (text, html) = EmailTemplates.Render("contact-reply", subject, new Dictionary<string, string>
        {
            ["DisplayName"] = message.ToName,
            ["Subject"] = message.Subject,
            ["At"] = FrenchDates.DateAndTime(message.At),
            ["Link"] = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{message.TenantId}/mes-messages/{message.ThreadId}",
            ["PreferencesLink"] = preferences,
            ["StructureName"] = structureName,
        });
        var email = new EmailMessage(
            message.TenantId, message.ToEmail, message.ToName, subject, text, html,
            thread is null ? preferences : links.UrlFor(message.TenantId, thread.GuardianId, EmailKind.ContactReply), thread is not null);
        await dispatcher.SendOnceAsync(
            session, CauseIds.For("contact-reply", message.TenantId, message.ThreadId, message.At.ToUnixTimeMilliseconds()), "contact-reply", email, ct);
    }
}

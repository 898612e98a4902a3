using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Messaging.Email;
using Marten;
using Microsoft.Extensions.Options;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>E-mails the identifier and the single-use link (manual §1.2, as changed by SPEC §2).</summary>
public sealed class PasswordResetRequestedHandler
{
    public static async Task Handle(
        PasswordResetRequestedIntegrationEvent message, IDocumentSession session, EmailDispatcher dispatcher,
        IOptions<MessagingOptions> options, CancellationToken ct)
    {
        var subject = MessagingText.Get(message.IsFirstConnection ? "PasswordLink.Subject.First" : "PasswordLink.Subject.Reset", message.StructureName);
        var link = options.Value.PublicBaseUrl.TrimEnd('/') + message.LinkPath;
        var (text, html) = EmailTemplates.Render("password-link", subject, new Dictionary<string, string>
        {
            ["DisplayName"] = message.DisplayName,
            ["Intro"] = MessagingText.Get(message.IsFirstConnection ? "PasswordLink.Intro.First" : "PasswordLink.Intro.Reset"),
            ["Login"] = message.Login,
            ["Link"] = link,
            ["ExpiresAt"] = FrenchDates.DateAndTime(message.ExpiresAt),
            ["StructureName"] = message.StructureName,
        });
        var email = new EmailMessage(message.TenantId, message.Email, message.DisplayName, subject, text, html);
        await dispatcher.SendOnceAsync(session, CauseIds.For("password-link", message.TenantId, message.LinkPath), "password-link", email, ct);
    }
}

using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Messaging.Email;
using Marten;

namespace Cantine.Messaging.IntegrationEventHandlers;

/// <summary>Tells the account's owner that the password changed, in case it was not them.</summary>
public sealed class PasswordChangedHandler
{
    public static async Task Handle(PasswordChangedIntegrationEvent message, IDocumentSession session, EmailDispatcher dispatcher, CancellationToken ct)
    {
        var subject = MessagingText.Get("PasswordChanged.Subject");
        var (text, html) = EmailTemplates.Render("password-changed", subject, new Dictionary<string, string>
        {
            ["DisplayName"] = message.DisplayName,
            ["At"] = FrenchDates.DateAndTime(message.At),
            ["StructureName"] = message.StructureName,
        });
        var email = new EmailMessage(message.TenantId, message.Email, message.DisplayName, subject, text, html);
        await dispatcher.SendOnceAsync(session, CauseIds.For("password-changed", message.TenantId, message.UserId, message.At.ToUnixTimeMilliseconds()), "password-changed", email, ct);
    }
}

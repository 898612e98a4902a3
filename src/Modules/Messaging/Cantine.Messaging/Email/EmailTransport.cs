using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cantine.Messaging.Email;

/// <summary>
/// Sends over SMTP with MailKit, or, in development, drops the message as an .eml file in the
/// tenant's pickup folder (shown in the back office). Failures throw, and Wolverine retries.
/// </summary>
public sealed class EmailTransport(IOptions<MessagingOptions> options)
{
    public async Task SendAsync(EmailMessage email, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.Smtp.FromName, settings.Smtp.FromAddress));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Subject = email.Subject;
        message.Headers.Add("X-Cantine-Tenant", email.TenantId);
        if (email.ListUnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            if (email.ListUnsubscribeOneClick)
            {
                message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        }
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();

        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            var folder = PickupFolder.For(settings.PickupDirectory, email.TenantId);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            // Written aside then renamed: the back office (and anything else reading *.eml) never sees half a file.
            var partial = path + ".part";
            await message.WriteToAsync(partial, ct);
            File.Move(partial, path);
            return;
        }

        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.Smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? string.Empty, ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

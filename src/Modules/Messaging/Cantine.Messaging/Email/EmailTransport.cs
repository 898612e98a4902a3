using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cantine.Messaging.Email;

/// <summary>
/// Sends over SMTP with MailKit, or, in development, drops the message as an .eml file in the
/// tenant's pickup folder (shown in the back office). Failures throw, and Wolverine retries.
/// Every e-mail has a plain-text part next to its HTML, the town's name as sender name, and a DKIM
/// signature when the town (or the platform) configured a key (ADR 0034).
/// </summary>
public sealed class EmailTransport(IOptions<MessagingOptions> options, DkimKeys dkim, TimeProvider clock)
{
    private static long _written;

    /// <param name="email">What to send.</param>
    /// <param name="sender">The town's name and contact address (reply-to), when Messaging knows them.</param>
    /// <param name="ct">Cancels the sending.</param>
    public async Task SendAsync(EmailMessage email, TownSender? sender, CancellationToken ct)
    {
        var settings = options.Value;
        var message = Compose(email, sender);

        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            var folder = PickupFolder.For(settings.PickupDirectory, email.TenantId);
            Directory.CreateDirectory(folder);
            // The name sorts as the e-mails were sent: the app's time, then this process's sequence (e-mails written in
            // the same millisecond, or under a frozen test clock, keep their order), then random hex; 17 digits, '-',
            // 32 hex, as GetPickedUpEmail expects.
            var sequence = Interlocked.Increment(ref _written);
            var path = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{sequence:x12}{Guid.NewGuid():N}"[..50] + ".eml");
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

    /// <summary>The MIME message as it leaves: sender, parts, headers, then the DKIM signature over them.</summary>
    public MimeMessage Compose(EmailMessage email, TownSender? sender)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(sender?.Name ?? settings.Smtp.FromName, dkim.FromAddressOf(email.TenantId)));
        if (sender?.ReplyTo is { Length: > 0 } replyTo && !string.Equals(replyTo, email.ToAddress, StringComparison.OrdinalIgnoreCase))
        {
            message.ReplyTo.Add(new MailboxAddress(sender.Name, replyTo));
        }

        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Subject = email.Subject;
        message.Date = clock.GetUtcNow();
        var domain = MailboxAddress.Parse(dkim.FromAddressOf(email.TenantId)).Domain;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(string.IsNullOrEmpty(domain) ? "cantine.local" : domain);
        message.Headers.Add("X-Cantine-Tenant", email.TenantId);
        if (email.ListUnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add(HeaderId.ListUnsubscribe, $"<{unsubscribe}>");
            if (email.ListUnsubscribeOneClick)
            {
                message.Headers.Add(HeaderId.ListUnsubscribePost, "List-Unsubscribe=One-Click");
            }
        }

        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        dkim.TrySign(email.TenantId, message);
        return message;
    }
}

/// <summary>How a town signs its e-mails: its name (sender name) and its contact address (where replies go).</summary>
public sealed record TownSender(string Name, string? ReplyTo);

using System.Text.RegularExpressions;
using MimeKit;

namespace Cantine.Host.Tests.Support;

/// <summary>E-mails received by the test SMTP server, and the portal links they carry.</summary>
public static partial class Mail
{
    /// <summary>Runs <paramref name="trigger"/> and waits for the first e-mail to <paramref name="to"/> that arrives after it.</summary>
    public static async Task<MimeMessage> NextToAsync(this TestSmtpServer smtp, string to, Func<Task> trigger)
    {
        var before = smtp.Messages.ToHashSet();
        await trigger();
        return await smtp.WaitForAsync(m => !before.Contains(m) && m.To.Mailboxes.Any(b => b.Address == to));
    }

    /// <summary>The path and query of the password link (the e-mail says http://cantine.test/…; the test server has no host).</summary>
    public static string PasswordLink(this MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? string.Empty);
        return match.Success ? match.Groups["path"].Value : throw new InvalidOperationException("No password link in:\n" + message.TextBody);
    }

    [GeneratedRegex(@"http://cantine\.test(?<path>/[^\s]+)")]
    private static partial Regex LinkPattern();
}

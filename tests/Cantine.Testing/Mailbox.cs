using MimeKit;

namespace Cantine.Testing;

public static class Mailbox
{
    /// <summary>The e-mails the test SMTP server received for <paramref name="address"/>.</summary>
    public static IReadOnlyList<MimeMessage> EmailsTo(this CantineApp app, string address) =>
        app.Smtp.Messages.Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
}

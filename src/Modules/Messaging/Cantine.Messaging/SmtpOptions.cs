namespace Cantine.Messaging;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The platform's sender address, used for every town that has no address of its own (see <see cref="TownMailOptions"/>).</summary>
    public string FromAddress { get; set; } = "ne-pas-repondre@cantine.local";

    /// <summary>The sender name when the town's name is not known yet; otherwise e-mails carry the town's name.</summary>
    public string FromName { get; set; } = "Cantine";
}

/// <summary>
/// A DKIM key (RFC 6376): the signing domain, the selector under which the public key is published
/// (<c>{selector}._domainkey.{domain}</c>, TXT), and the RSA private key in PEM, inline or as a file.
/// </summary>
public sealed class DkimOptions
{
    public string? Domain { get; set; }

    public string? Selector { get; set; }

    /// <summary>The private key in PEM ("BEGIN PRIVATE KEY" or "BEGIN RSA PRIVATE KEY"), e.g. from a secret store's environment variable.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>Or the path of a PEM file readable by the host only.</summary>
    public string? PrivateKeyFile { get; set; }

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Domain) && !string.IsNullOrWhiteSpace(Selector)
        && (!string.IsNullOrWhiteSpace(PrivateKeyPem) || !string.IsNullOrWhiteSpace(PrivateKeyFile));
}

/// <summary>
/// A town's own sending identity (configuration <c>Messaging:Towns:{slug}</c>): its sender address on its own domain
/// and the DKIM key that signs for that domain, so that its e-mails pass DMARC (docs/email-deliverability.md).
/// </summary>
public sealed class TownMailOptions
{
    public string? FromAddress { get; set; }

    public DkimOptions Dkim { get; set; } = new();
}

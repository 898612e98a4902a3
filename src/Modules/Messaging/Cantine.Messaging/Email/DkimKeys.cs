using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Cryptography;

namespace Cantine.Messaging.Email;

/// <summary>
/// The DKIM signer of each town: the town's own key when it configured one (<c>Messaging:Towns:{slug}:Dkim</c>),
/// else the platform's (<c>Messaging:Dkim</c>), else none. Keys are read once per process (ADR 0034).
/// </summary>
public sealed class DkimKeys(IOptions<MessagingOptions> options)
{
    /// <summary>The headers signed when present (RFC 6376 §5.4.1): what a forger would want to change.</summary>
    private static readonly HeaderId[] Signed =
    [
        HeaderId.From, HeaderId.ReplyTo, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId,
        HeaderId.MimeVersion, HeaderId.ContentType, HeaderId.ListUnsubscribe, HeaderId.ListUnsubscribePost,
    ];

    private readonly ConcurrentDictionary<string, DkimSigner?> signers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Signs <paramref name="message"/> for <paramref name="tenant"/> if a key applies; the message is prepared for 7-bit transport first, so no relay re-encodes what was signed.</summary>
    public bool TrySign(string tenant, MimeMessage message)
    {
        if (signers.GetOrAdd(tenant, Create) is not { } signer)
        {
            return false;
        }

        message.Prepare(EncodingConstraint.SevenBit);
        signer.Sign(message, Signed.Where(h => message.Headers.Contains(h)).ToArray());
        return true;
    }

    /// <summary>The sender address of <paramref name="tenant"/>: its own when configured, else the platform's.</summary>
    public string FromAddressOf(string tenant) =>
        options.Value.Towns.TryGetValue(tenant, out var town) && !string.IsNullOrWhiteSpace(town.FromAddress)
            ? town.FromAddress
            : options.Value.Smtp.FromAddress;

    /// <summary>
    /// The TXT record a town publishes at <c>{selector}._domainkey.{domain}</c> for <paramref name="privateKeyPem"/>:
    /// <c>v=DKIM1; k=rsa; p=</c> and the base64 SubjectPublicKeyInfo of the key.
    /// </summary>
    public static string DnsRecordFor(string privateKeyPem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        return "v=DKIM1; k=rsa; p=" + Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo());
    }

    private DkimSigner? Create(string tenant)
    {
        var dkim = options.Value.Towns.TryGetValue(tenant, out var town) && town.Dkim.IsConfigured ? town.Dkim
            : options.Value.Dkim.IsConfigured ? options.Value.Dkim
            : null;
        if (dkim is null)
        {
            return null;
        }

        var pem = !string.IsNullOrWhiteSpace(dkim.PrivateKeyPem) ? dkim.PrivateKeyPem : File.ReadAllText(dkim.PrivateKeyFile!);
        using var key = new MemoryStream(Encoding.ASCII.GetBytes(pem));
        return new DkimSigner(key, dkim.Domain!, dkim.Selector!, DkimSignatureAlgorithm.RsaSha256)
        {
            HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            QueryMethod = "dns/txt",
        };
    }
}

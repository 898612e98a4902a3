using System.Security.Cryptography;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.Messaging.Email;
using Cantine.Messaging.Tests.Support;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace Cantine.Messaging.Tests.Email;

/// <summary>
/// A town that configured a DKIM key sends e-mails from its own address, signed for its domain: the signature verifies
/// with MimeKit's <see cref="DkimVerifier"/> against the TXT record the town publishes (ADR 0034). Every e-mail carries
/// the town's name as sender name and a plain-text part next to the HTML. The e-mails go through the real SMTP path.
/// </summary>
public sealed class DkimSigningTests(DkimSigningTests.App app) : IClassFixture<DkimSigningTests.App>
{
    public sealed class App : CantineApp
    {
        public string PrivateKeyPem { get; } = NewKey();

        public TestTown Annecy { get; private set; } = null!;

        public TestTown Thones { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Messaging:Towns:annecy:FromAddress"] = "cantine@annecy.example",
            ["Messaging:Towns:annecy:Dkim:Domain"] = "annecy.example",
            ["Messaging:Towns:annecy:Dkim:Selector"] = "cantine2026",
            ["Messaging:Towns:annecy:Dkim:PrivateKeyPem"] = PrivateKeyPem,
        };

        // Tracked, so that Messaging's copy of each town's name and contact (from Accounts' events) is there before a test sends.
        protected override Task SeedAsync() => this.TrackAsync(async () =>
        {
            Annecy = await TestTown.CreateAsync(this, "annecy");
            Thones = await TestTown.CreateAsync(this, "thones");
        });

        private static string NewKey()
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKeyPem();
        }
    }

    /// <summary>The DNS as a receiving server sees it: the TXT record published at <c>cantine2026._domainkey.annecy.example</c>.</summary>
    private sealed class PublishedKeys(IReadOnlyDictionary<string, string> records) : DkimPublicKeyLocatorBase
    {
        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            records.TryGetValue($"{selector}._domainkey.{domain}", out var txt) ? GetPublicKey(txt) : throw new InvalidOperationException($"No TXT record for {selector}._domainkey.{domain}.");

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
    }

    private DkimVerifier Verifier(string txtRecord) =>
        new(new PublishedKeys(new Dictionary<string, string> { ["cantine2026._domainkey.annecy.example"] = txtRecord }));

    private async Task<MimeMessage> PasswordEmailAsync(string tenant, string login)
    {
        var (result, messages) = await app.SendTrackedAsync(tenant, s => s.Send(new RequestPasswordResetCommand(login, null)));
        result.ShouldSucceed();
        var link = messages.Sent.MessagesOf<PasswordResetRequestedIntegrationEvent>().ShouldHaveSingleItem();
        return await app.Smtp.WaitForAsync(m => m.Text().Contains(link.LinkPath, StringComparison.Ordinal));
    }

    private static Header Signature(MimeMessage email) =>
        email.Headers.Where(h => h.Id == HeaderId.DkimSignature).ShouldHaveSingleItem();

    [Fact]
    public async Task A_towns_email_is_signed_for_its_domain_and_verifies_against_the_published_key()
    {
        var email = await PasswordEmailAsync("annecy", app.Annecy.Family.Guardian.Login);

        var signature = Signature(email);
        signature.Value.ShouldContain("d=annecy.example");
        signature.Value.ShouldContain("s=cantine2026");
        signature.Value.ShouldContain("a=rsa-sha256");
        (await Verifier(DkimKeys.DnsRecordFor(app.PrivateKeyPem)).VerifyAsync(email, signature)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_changed_body_or_another_key_fails_the_verification()
    {
        var email = await PasswordEmailAsync("annecy", app.Annecy.OtherFamily.Guardian.Login);
        var signature = Signature(email);
        using var other = RSA.Create(2048);

        (await Verifier(DkimKeys.DnsRecordFor(other.ExportPkcs8PrivateKeyPem())).VerifyAsync(email, signature)).ShouldBeFalse();

        var tampered = MimeMessage.Load(Reserialized(email));
        ((TextPart)tampered.BodyParts.OfType<TextPart>().First(p => p.IsPlain)).Text = "Bonjour, cliquez ici : http://phishing.example";
        (await Verifier(DkimKeys.DnsRecordFor(app.PrivateKeyPem)).VerifyAsync(tampered, Signature(tampered))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_sender_is_the_town_by_name_at_its_own_address_and_replies_go_to_its_contact()
    {
        var email = await PasswordEmailAsync("annecy", app.Annecy.Agent.Login);

        var from = email.From.Mailboxes.ShouldHaveSingleItem();
        from.Name.ShouldBe(app.Annecy.Name);
        from.Address.ShouldBe("cantine@annecy.example");
        email.ReplyTo.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("contact@annecy.test");
        email.MessageId.ShouldEndWith("@annecy.example");
        email.TextBody.ShouldNotBeNullOrWhiteSpace();
        email.HtmlBody.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_town_without_a_key_sends_unsigned_from_the_platform_address_under_its_own_name()
    {
        var email = await PasswordEmailAsync("thones", app.Thones.Family.Guardian.Login);

        email.Headers.Contains(HeaderId.DkimSignature).ShouldBeFalse();
        var from = email.From.Mailboxes.ShouldHaveSingleItem();
        from.Name.ShouldBe(app.Thones.Name);
        from.Address.ShouldBe("ne-pas-repondre@cantine.test");
        email.TextBody.ShouldNotBeNullOrWhiteSpace();
        email.HtmlBody.ShouldNotBeNullOrWhiteSpace();
    }

    private static MemoryStream Reserialized(MimeMessage email)
    {
        var stream = new MemoryStream();
        email.WriteTo(stream);
        stream.Position = 0;
        return stream;
    }
}

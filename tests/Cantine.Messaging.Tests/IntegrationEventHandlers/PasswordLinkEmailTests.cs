using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Messaging.Contracts.ListPickedUpEmails;
using Cantine.Messaging.Tests.Support;
using MimeKit;

namespace Cantine.Messaging.Tests.IntegrationEventHandlers;

/// <summary>
/// "Obtenir un mot de passe", end to end: the command commits the link and the integration event together
/// (Marten's outbox), Wolverine's durable local queue hands it to Messaging, MailKit sends it over real SMTP.
/// </summary>
public sealed class PasswordLinkEmailTests(PasswordLinkEmailTests.App app) : IClassFixture<PasswordLinkEmailTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Vichy { get; private set; } = null!;

        public TestTown Moulins { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Vichy = await TestTown.CreateAsync(this, "vichy");
            Moulins = await TestTown.CreateAsync(this, "moulins");
        }
    }

    private async Task<(PasswordResetRequestedIntegrationEvent Link, MimeMessage Email)> RequestAsync(string tenant, string login)
    {
        var (result, messages) = await app.SendTrackedAsync(tenant, s => s.Send(new RequestPasswordResetCommand(login, null)));
        result.ShouldSucceed();
        var link = messages.Sent.MessagesOf<PasswordResetRequestedIntegrationEvent>().ShouldHaveSingleItem();
        var email = await app.Smtp.WaitForAsync(m => m.Text().Contains(link.LinkPath, StringComparison.Ordinal));
        return (link, email);
    }

    [Fact]
    public async Task A_reset_request_arrives_as_a_french_email_from_the_portal_to_the_guardian()
    {
        var guardian = app.Vichy.Family.Guardian;

        var (_, email) = await RequestAsync("vichy", guardian.Login);

        email.From.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("ne-pas-repondre@cantine.test");
        var to = email.To.Mailboxes.ShouldHaveSingleItem();
        to.Address.ShouldBe(guardian.Email);
        to.Name.ShouldBe("Marie Durand");
        email.Subject.ShouldBe("Votre nouveau mot de passe pour le portail Cantine de Ville de Vichy");
        email.Headers["X-Cantine-Tenant"].ShouldBe("vichy");
        email.Text().ShouldStartWith("Bonjour Marie Durand,");
        email.Text().ShouldContain("Vous avez demandé à obtenir un mot de passe pour le portail Cantine.");
        email.HtmlBody.ShouldNotBeNull().ShouldContain("<html lang=\"fr\">");
    }

    [Fact]
    public async Task Has_a_text_part_and_an_html_part_saying_the_same()
    {
        var (link, email) = await RequestAsync("vichy", app.Vichy.OtherFamily.Guardian.Login);

        var body = email.Body.ShouldBeOfType<MultipartAlternative>();
        body.Select(part => part.ContentType.MimeType).ShouldBe(["text/plain", "text/html"]);
        foreach (var part in new[] { email.Text(), email.DecodedHtml() })
        {
            part.ShouldContain("Bonjour Lucas Roux,");
            part.ShouldContain("lucas.roux-vichy");
            part.ShouldContain("http://cantine.test" + link.LinkPath);
            part.ShouldContain("Ville de Vichy");
        }

        email.HtmlBody!.ShouldContain($"href=\"http://cantine.test{link.LinkPath}\"");
        email.HtmlBody!.ShouldContain("<strong>lucas.roux-vichy</strong>");
    }

    [Fact]
    public async Task Gives_the_identifier_the_absolute_link_and_its_expiry_in_paris_time()
    {
        var guardian = app.Vichy.Family.Guardian;

        var (link, email) = await RequestAsync("vichy", guardian.Login);

        email.Text().ShouldContain($"Votre identifiant : {guardian.Login}");
        email.PasswordLink().ShouldBe("http://cantine.test" + link.LinkPath);
        email.PasswordLink().ShouldStartWith("http://cantine.test/vichy/mot-de-passe/choisir?jeton=");
        var expiry = ParisTime.Format(link.ExpiresAt);
        email.Text().ShouldContain($"Ce lien ne sert qu'une fois et reste valable jusqu'au {expiry}.");
        email.DecodedHtml().ShouldContain($"reste valable jusqu'au {expiry}.");
        email.Text().ShouldNotContain(ParisTime.FormatAsUtc(link.ExpiresAt));
    }

    [Fact]
    public async Task The_link_in_the_email_chooses_the_password_of_that_account()
    {
        var guardian = app.Moulins.OtherFamily.Guardian;
        var (_, email) = await RequestAsync("moulins", guardian.Login);
        var token = EmailReading.Token(email.PasswordLink());

        (await app.SendAsync("moulins", s => s.Send(new CheckResetLinkQuery(token)))).ShouldSucceed().Login.ShouldBe(guardian.Login);
        (await app.SendAsync("moulins", s => s.Send(new ResetPasswordCommand(token, "Sureau-Aubepine-Prunelle", "Sureau-Aubepine-Prunelle")))).ShouldSucceed();

        (await app.SendAsync("moulins", s => s.Send(new SignInCommand(guardian.Login, "Sureau-Aubepine-Prunelle", false)))).ShouldSucceed();
    }

    [Fact]
    public async Task Each_towns_email_carries_its_own_tenant_and_name()
    {
        var (_, fromVichy) = await RequestAsync("vichy", app.Vichy.Agent.Login);
        var (_, fromMoulins) = await RequestAsync("moulins", app.Moulins.Agent.Login);

        fromVichy.Headers["X-Cantine-Tenant"].ShouldBe("vichy");
        fromMoulins.Headers["X-Cantine-Tenant"].ShouldBe("moulins");
        fromMoulins.Subject.ShouldEndWith("de Ville de Moulins");
        fromMoulins.PasswordLink().ShouldStartWith("http://cantine.test/moulins/");
    }

    [Fact]
    public async Task A_new_towns_administrator_gets_a_first_connection_email()
    {
        var email = await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(to => to.Address == app.Vichy.Administrator.Email));

        email.Subject.ShouldBe("Votre accès au portail Cantine de Ville de Vichy");
        email.Text().ShouldContain("Votre compte sur le portail Cantine est prêt. Choisissez votre mot de passe pour vous connecter.");
        email.Text().ShouldContain($"Votre identifiant : {app.Vichy.Administrator.Login}");
        email.Headers["X-Cantine-Tenant"].ShouldBe("vichy");
    }

    [Fact]
    public async Task Nothing_is_kept_in_a_pickup_folder_when_emails_really_go_out()
    {
        var mailbox = await app.SendAsync("vichy", s => s.Send(new ListPickedUpEmailsQuery()));

        mailbox.Enabled.ShouldBeFalse();
        mailbox.Emails.ShouldBeEmpty();
    }
}

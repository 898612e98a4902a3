using Cantine.Accounts.Contracts.RequestPasswordReset;

namespace Cantine.Messaging.Tests.Email;

/// <summary>An SMTP server that is down does not lose the e-mail: the message stays in Wolverine's durable queue and is retried.</summary>
public sealed class SmtpRetryTests(SmtpRetryTests.App app) : IClassFixture<SmtpRetryTests.App>
{
    public sealed class App : CantineApp
    {
        /// <summary>Where the product sends, with nothing listening until the test starts a server there.</summary>
        public int LatePort { get; } = TestSmtpServer.FreePort();

        public TestTown Town { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Messaging:Smtp:Port"] = LatePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "issoire");
    }

    [Fact]
    public async Task An_email_that_could_not_be_sent_goes_out_once_the_server_is_back()
    {
        var guardian = app.Town.Family.Guardian;
        (await app.SendAsync("issoire", s => s.Send(new RequestPasswordResetCommand(guardian.Login, null)))).ShouldSucceed();
        await Task.Delay(TimeSpan.FromSeconds(2));

        await using var server = new TestSmtpServer(app.LatePort);

        var email = await server.WaitForAsync(m => m.To.Mailboxes.Any(to => to.Address == guardian.Email), TimeSpan.FromSeconds(90));
        email.Subject.ShouldBe("Votre nouveau mot de passe pour le portail Cantine de Ville de Issoire");
        app.Smtp.Messages.ShouldBeEmpty();
    }
}

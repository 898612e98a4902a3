using Cantine.Accounts.Contracts.ChangePassword;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Messaging.Tests.Support;
using MimeKit;

namespace Cantine.Messaging.Tests.IntegrationEventHandlers;

/// <summary>The owner of an account is told when its password changes, in case it was not them.</summary>
public sealed class PasswordChangedEmailTests(PasswordChangedEmailTests.App app) : IClassFixture<PasswordChangedEmailTests.App>
{
    private const string NewPassword = "Sapin-Meleze-Epicea-Douglas";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "riom");
    }

    private static bool IsPasswordChanged(MimeMessage m) => m.Subject == "Votre mot de passe a été modifié";

    [Fact]
    public async Task Changing_a_password_sends_a_french_notification_with_the_time_in_paris()
    {
        var guardian = app.Town.Family.Guardian;

        var (result, messages) = await app.SendTrackedAsync("riom", s => s.Send(
            new ChangePasswordCommand(guardian.UserId, TestTown.Password, NewPassword, NewPassword)));

        result.ShouldSucceed();
        var changed = messages.Sent.MessagesOf<PasswordChangedIntegrationEvent>().ShouldHaveSingleItem();
        var email = app.EmailsTo(guardian.Email).Where(IsPasswordChanged).ShouldHaveSingleItem();
        email.To.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("Marie Durand");
        email.Headers["X-Cantine-Tenant"].ShouldBe("riom");
        email.Body.ShouldBeOfType<MultipartAlternative>();
        var at = ParisTime.Format(changed.At);
        email.Text().ShouldContain("Bonjour Marie Durand,");
        email.Text().ShouldContain($"Le mot de passe de votre compte a été modifié le {at}.");
        email.Text().ShouldContain("« Obtenir un mot de passe »");
        email.Text().ShouldContain("Portail Cantine de Ville de Riom");
        email.DecodedHtml().ShouldContain($"Le mot de passe de votre compte a été modifié le {at}.");
        email.Text().ShouldNotContain(ParisTime.FormatAsUtc(changed.At));
    }

    [Fact]
    public async Task Replacing_a_password_through_a_link_also_tells_the_owner()
    {
        var guardian = app.Town.OtherFamily.Guardian;
        var (_, requested) = await app.SendTrackedAsync("riom", s => s.Send(new RequestPasswordResetCommand(guardian.Login, null)));
        var token = EmailReading.Token("http://cantine.test" + requested.Sent.MessagesOf<PasswordResetRequestedIntegrationEvent>().Single().LinkPath);

        await app.SendTrackedAsync("riom", s => s.Send(new ResetPasswordCommand(token, NewPassword, NewPassword)));

        app.EmailsTo(guardian.Email).Where(IsPasswordChanged).ShouldHaveSingleItem().Headers["X-Cantine-Tenant"].ShouldBe("riom");
    }

    [Fact]
    public async Task Choosing_a_first_password_sends_no_change_notification()
    {
        var email = $"premier-{Guid.NewGuid():N}@familles.test";
        var familyId = (await app.SendAsync("riom", s => s.Send(new RegisterFamilyCommand("Nouveau")))).ShouldSucceed();
        var guardian = (await app.SendAsync("riom", s => s.Send(new RegisterGuardianCommand(familyId, "M.", "Jean", "Nouveau", email, "")))).ShouldSucceed();
        var (_, requested) = await app.SendTrackedAsync("riom", s => s.Send(new RequestPasswordResetCommand(guardian.Login, null)));
        var token = EmailReading.Token("http://cantine.test" + requested.Sent.MessagesOf<PasswordResetRequestedIntegrationEvent>().Single().LinkPath);

        var (result, messages) = await app.SendTrackedAsync("riom", s => s.Send(new ResetPasswordCommand(token, NewPassword, NewPassword)));

        result.ShouldSucceed();
        messages.Sent.MessagesOf<PasswordChangedIntegrationEvent>().ShouldBeEmpty();
        app.EmailsTo(email).ShouldHaveSingleItem().Subject.ShouldBe("Votre accès au portail Cantine de Ville de Riom");
    }
}

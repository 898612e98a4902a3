using Cantine.Accounts.Contracts.DisableStaffMember;
using Cantine.Accounts.Contracts.ListStaffMembers;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Contracts.VerifyTwoFactor;

namespace Cantine.Accounts.Tests.Features.StaffMembers;

/// <summary>A new staff member gets the first-connection e-mail; the list shows role, last sign-in and state.</summary>
public sealed class StaffInvitationAndListTests(StaffInvitationAndListTests.App app) : IClassFixture<StaffInvitationAndListTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    [Fact]
    public async Task A_new_member_gets_the_first_connection_email_with_their_login()
    {
        var email = Seed.UniqueEmail("nouvel-agent");

        var (registered, _) = await app.SendTrackedAsync("lyon", s => s.Send(
            new RegisterStaffMemberCommand("Nadia", "Lefèvre", email, "Agent", SendInvitation: true)));

        var login = registered.ShouldSucceed().Login;
        var message = app.EmailsTo(email).ShouldHaveSingleItem();
        message.TextBody!.ShouldContain(login);
        message.TextBody!.ShouldContain("/lyon/mot-de-passe/choisir?jeton=");
    }

    [Fact]
    public async Task Lists_staff_with_role_last_sign_in_and_state()
    {
        var secret = Seed.NewTotpSecret();
        var signedIn = await Seed.StaffAsync(app, "lyon", "Agent", secret);
        var disabled = await Seed.StaffAsync(app, "lyon", "Agent");
        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(signedIn.UserId, TestTown.CurrentCode(app.Clock, secret)))))
            .ShouldSucceed();
        (await app.SendAsAsync("lyon", app.Town.Administrator.UserId, s => s.Send(new DisableStaffMemberCommand(disabled.UserId)))).ShouldSucceed();

        var staff = await app.SendAsync("lyon", s => s.Send(new ListStaffMembersQuery()));

        var active = staff.Single(m => m.UserId == signedIn.UserId);
        active.Role.ShouldBe("Agent");
        active.LastSignInAt.ShouldNotBeNull();
        active.TwoFactorEnabled.ShouldBeTrue();
        active.IsDisabled.ShouldBeFalse();
        staff.Single(m => m.UserId == disabled.UserId).IsDisabled.ShouldBeTrue();
        staff.Single(m => m.UserId == disabled.UserId).LastSignInAt.ShouldBeNull();
        staff.ShouldNotContain(m => m.UserId == app.Town.Family.Guardian.UserId);
    }
}

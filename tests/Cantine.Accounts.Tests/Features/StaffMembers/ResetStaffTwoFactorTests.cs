using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.ResetStaffTwoFactor;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Contracts.StartTwoFactorEnrolment;
using Cantine.Accounts.Contracts.VerifyTwoFactor;
using OtpNet;

namespace Cantine.Accounts.Tests.Features.StaffMembers;

/// <summary>A lost phone: the administrator resets the second factor; the member enrols an app again at next sign-in.</summary>
public sealed class ResetStaffTwoFactorTests(ResetStaffTwoFactorTests.App app) : IClassFixture<ResetStaffTwoFactorTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    [Fact]
    public async Task The_member_enrols_again_and_the_old_app_no_longer_works()
    {
        var secret = Seed.NewTotpSecret();
        var agent = await Seed.StaffAsync(app, "lyon", "Agent", secret);
        var stamp = await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(agent.UserId)));

        (await app.SendAsync("lyon", s => s.Send(new ResetStaffTwoFactorCommand(agent.UserId)))).ShouldSucceed();

        var signIn = (await app.SendAsync("lyon", s => s.Send(new SignInCommand(agent.Login, TestTown.Password, StaffOnly: true)))).ShouldSucceed();
        signIn.TwoFactorEnabled.ShouldBeFalse();
        var code = TestTown.CurrentCode(app.Clock, secret);
        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(agent.UserId, code)))).ShouldBeRefused("TwoFactorFailed", "Code");
        (await app.SendAsync("lyon", s => s.Send(new StartTwoFactorEnrolmentCommand(agent.UserId)))).ShouldSucceed();
        (await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(agent.UserId)))).ShouldNotBe(stamp);
    }

    [Fact]
    public async Task Refuses_a_guardian_account()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Inès", "Garnier");

        (await app.SendAsync("lyon", s => s.Send(new ResetStaffTwoFactorCommand(family.Guardian.UserId)))).ShouldBeRefused("AccountNotFound");
    }
}

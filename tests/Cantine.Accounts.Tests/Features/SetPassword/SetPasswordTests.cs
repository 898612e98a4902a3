using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Contracts.VerifyTwoFactor;
using OtpNet;

namespace Cantine.Accounts.Tests.Features.SetPassword;

/// <summary>Demo data and platform tools set passwords without the old one.</summary>
public sealed class SetPasswordTests(SetPasswordTests.App app) : IClassFixture<SetPasswordTests.App>
{
    private const string Password = "Lavande-Romarin-Thym-Sauge";

    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    [Fact]
    public async Task Sets_a_password_that_then_signs_in()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Romy", "Leclerc", withPassword: false);
        var before = await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(family.Guardian.UserId)));

        (await app.SendAsync("lyon", s => s.Send(new SetPasswordCommand(family.Guardian.UserId, Password)))).ShouldSucceed();

        var user = (await app.SendAsync("lyon", s => s.Send(new SignInCommand(family.Guardian.Login, Password, StaffOnly: false)))).ShouldSucceed();
        user.SecurityStamp.ShouldNotBe(before);
    }

    [Fact]
    public async Task With_a_secret_turns_on_a_staff_members_second_factor()
    {
        var secret = Seed.NewTotpSecret();

        var staff = await Seed.StaffAsync(app, "lyon", "Agent", secret);

        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(staff.Login, TestTown.Password, StaffOnly: true)))).ShouldSucceed().TwoFactorEnabled.ShouldBeTrue();
        var code = TestTown.CurrentCode(app.Clock, secret);
        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, code)))).ShouldSucceed().UserId.ShouldBe(staff.UserId);
    }

    [Fact]
    public async Task Ignores_a_secret_for_a_guardian()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Aaron", "Dufour", withPassword: false);

        (await app.SendAsync("lyon", s => s.Send(new SetPasswordCommand(family.Guardian.UserId, Password, Seed.NewTotpSecret())))).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(family.Guardian.Login, Password, StaffOnly: false)))).ShouldSucceed().TwoFactorEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Refuses_a_password_the_policy_rejects()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Alba", "Huet", withPassword: false);

        var result = await app.SendAsync("lyon", s => s.Send(new SetPasswordCommand(family.Guardian.UserId, "Court")));

        result.ShouldBeRefused("Password.TooShort", "Password");
    }

    [Fact]
    public async Task Refuses_a_secret_that_is_not_base32()
    {
        var staff = await Seed.StaffAsync(app, "lyon", "Agent");

        var result = await app.SendAsync("lyon", s => s.Send(new SetPasswordCommand(staff.UserId, Password, "pas-du-base32!")));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("TotpSecret");
    }

    [Fact]
    public async Task Invalidates_the_password_links_the_account_had_not_used()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Ninon", "Lacroix", withPassword: false);
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await app.SendAsync("lyon", s => s.Send(new SetPasswordCommand(family.Guardian.UserId, Password)))).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new CheckResetLinkQuery(link.Token())))).ShouldBeRefused("ResetLinkInvalid");
    }

    [Fact]
    public async Task Refuses_an_unknown_account()
    {
        (await app.SendAsync("lyon", s => s.Send(new SetPasswordCommand(Guid.NewGuid(), Password)))).ShouldBeRefused("AccountNotFound");
    }
}

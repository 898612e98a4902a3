using Cantine.Accounts.Contracts.ConfirmTwoFactorEnrolment;
using Cantine.Accounts.Contracts.StartTwoFactorEnrolment;

namespace Cantine.Accounts.Tests.Features.StartTwoFactorEnrolment;

public sealed class StartTwoFactorEnrolmentTests(StartTwoFactorEnrolmentTests.App app) : IClassFixture<StartTwoFactorEnrolmentTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    [Fact]
    public async Task Draws_a_base32_secret_with_an_otpauth_uri_naming_the_town_and_the_login()
    {
        var agent = await Seed.StaffAsync(app, "lyon", "Agent");

        var enrolment = (await app.SendAsync("lyon", s => s.Send(new StartTwoFactorEnrolmentCommand(agent.UserId)))).ShouldSucceed();

        enrolment.Secret.ShouldMatch("^[A-Z2-7]{32}$");
        enrolment.OtpAuthUri.ShouldBe(
            $"otpauth://totp/Cantine%20Ville%20de%20Lyon:{agent.Login}?secret={enrolment.Secret}&issuer=Cantine%20Ville%20de%20Lyon&digits=6&period=30");
    }

    [Fact]
    public async Task Draws_a_new_secret_each_time_and_only_the_last_one_can_be_confirmed()
    {
        var agent = await Seed.StaffAsync(app, "lyon", "Agent");
        var first = (await app.SendAsync("lyon", s => s.Send(new StartTwoFactorEnrolmentCommand(agent.UserId)))).ShouldSucceed();

        var second = (await app.SendAsync("lyon", s => s.Send(new StartTwoFactorEnrolmentCommand(agent.UserId)))).ShouldSucceed();

        second.Secret.ShouldNotBe(first.Secret);
        var stale = Codes.Current(app.Clock, first.Secret);
        if (stale != Codes.Current(app.Clock, second.Secret))
        {
            (await app.SendAsync("lyon", s => s.Send(new ConfirmTwoFactorEnrolmentCommand(agent.UserId, stale)))).ShouldBeRefused("TwoFactorFailed");
        }

        (await app.SendAsync("lyon", s => s.Send(new ConfirmTwoFactorEnrolmentCommand(agent.UserId, Codes.Current(app.Clock, second.Secret))))).ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_a_staff_member_whose_second_factor_is_already_on()
    {
        var administrator = await Seed.StaffAsync(app, "lyon", "Administrateur", Seed.NewTotpSecret());

        var result = await app.SendAsync("lyon", s => s.Send(new StartTwoFactorEnrolmentCommand(administrator.UserId)));

        result.ShouldBeRefused("TwoFactorAlreadyEnabled");
    }

    [Fact]
    public async Task Refuses_a_guardian()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Yasmine", "Guerin");

        var result = await app.SendAsync("lyon", s => s.Send(new StartTwoFactorEnrolmentCommand(family.Guardian.UserId)));

        result.ShouldBeRefused("AccountNotFound");
    }
}

using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Contracts.VerifyTwoFactor;

namespace Cantine.Accounts.Tests.Features.VerifyTwoFactor;

public sealed class VerifyTwoFactorTests(VerifyTwoFactorTests.App app) : IClassFixture<VerifyTwoFactorTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private async Task<(TestAccount Staff, string Secret)> EnrolledAsync()
    {
        var secret = Seed.NewTotpSecret();
        return (await Seed.StaffAsync(app, "lyon", "Administrateur", secret), secret);
    }

    [Fact]
    public async Task The_current_code_signs_the_staff_member_in()
    {
        var (staff, secret) = await EnrolledAsync();

        var user = (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, Codes.Current(app.Clock, secret))))).ShouldSucceed();

        user.UserId.ShouldBe(staff.UserId);
        user.Kind.ShouldBe("Staff");
        user.Role.ShouldBe("Administrateur");
        user.SecurityStamp.ShouldBe(await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(staff.UserId))));
    }

    [Fact]
    public async Task A_code_works_only_once()
    {
        var (staff, secret) = await EnrolledAsync();
        var code = Codes.Current(app.Clock, secret);
        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, code)))).ShouldSucceed();

        var replay = await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, code)));

        replay.ShouldBeRefused("TwoFactorFailed", "Code");
    }

    [Fact]
    public async Task Refuses_a_wrong_code()
    {
        var (staff, secret) = await EnrolledAsync();

        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, Codes.Wrong(app.Clock, secret))))).ShouldBeRefused("TwoFactorFailed", "Code");
    }

    [Fact]
    public async Task Ten_wrong_codes_lock_the_account_even_against_the_right_code()
    {
        var (staff, secret) = await EnrolledAsync();
        var wrong = Codes.Wrong(app.Clock, secret);
        for (var i = 0; i < 10; i++)
        {
            (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, wrong)))).ShouldBeRefused("TwoFactorFailed");
        }

        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, Codes.Current(app.Clock, secret))))).ShouldBeRefused("TwoFactorFailed");
    }

    [Fact]
    public async Task Typing_the_password_again_does_not_wipe_out_the_wrong_codes()
    {
        var (staff, secret) = await EnrolledAsync();
        var wrong = Codes.Wrong(app.Clock, secret);
        for (var i = 0; i < 9; i++)
        {
            (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, wrong)))).ShouldBeRefused("TwoFactorFailed");
        }

        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(staff.Login, TestTown.Password, StaffOnly: true)))).ShouldSucceed();
        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, wrong)))).ShouldBeRefused("TwoFactorFailed");

        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(staff.UserId, Codes.Current(app.Clock, secret))))).ShouldBeRefused("TwoFactorFailed");
        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(staff.Login, TestTown.Password, StaffOnly: true)))).ShouldBeRefused("SignInFailed");
    }

    [Fact]
    public async Task Refuses_a_staff_member_without_a_second_factor()
    {
        var agent = await Seed.StaffAsync(app, "lyon", "Agent");

        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(agent.UserId, "123456")))).ShouldBeRefused("TwoFactorFailed");
    }

    [Fact]
    public async Task Refuses_a_guardian()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Lyna", "Marechal");

        (await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(family.Guardian.UserId, "123456")))).ShouldBeRefused("TwoFactorFailed");
    }
}

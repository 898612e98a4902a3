using Cantine.Accounts.Contracts.ConfirmTwoFactorEnrolment;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Contracts.StartTwoFactorEnrolment;
using Cantine.Accounts.Contracts.VerifyTwoFactor;

namespace Cantine.Accounts.Tests.Features.ConfirmTwoFactorEnrolment;

public sealed class ConfirmTwoFactorEnrolmentTests(ConfirmTwoFactorEnrolmentTests.App app) : IClassFixture<ConfirmTwoFactorEnrolmentTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private async Task<(TestAccount Agent, string Secret)> StartedAsync()
    {
        var agent = await Seed.StaffAsync(app, "lyon", "Agent");
        var enrolment = (await app.SendAsync("lyon", s => s.Send(new StartTwoFactorEnrolmentCommand(agent.UserId)))).ShouldSucceed();
        return (agent, enrolment.Secret);
    }

    [Fact]
    public async Task A_code_from_the_new_secret_turns_the_second_factor_on_and_signs_in()
    {
        var (agent, secret) = await StartedAsync();

        var user = (await app.SendAsync("lyon", s => s.Send(new ConfirmTwoFactorEnrolmentCommand(agent.UserId, Codes.Current(app.Clock, secret))))).ShouldSucceed();

        user.UserId.ShouldBe(agent.UserId);
        user.TwoFactorEnabled.ShouldBeTrue();
        user.Role.ShouldBe("Agent");
        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(agent.Login, TestTown.Password, StaffOnly: true)))).ShouldSucceed().TwoFactorEnabled.ShouldBeTrue();
    }

    [Fact]
    public async Task Accepts_a_code_typed_with_a_space_in_the_middle()
    {
        var (agent, secret) = await StartedAsync();
        var code = Codes.Current(app.Clock, secret);

        (await app.SendAsync("lyon", s => s.Send(new ConfirmTwoFactorEnrolmentCommand(agent.UserId, code[..3] + " " + code[3..])))).ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_a_wrong_code_and_leaves_the_second_factor_off()
    {
        var (agent, secret) = await StartedAsync();

        var result = await app.SendAsync("lyon", s => s.Send(new ConfirmTwoFactorEnrolmentCommand(agent.UserId, Codes.Wrong(app.Clock, secret))));

        result.ShouldBeRefused("TwoFactorFailed", "Code");
        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(agent.Login, TestTown.Password, StaffOnly: true)))).ShouldSucceed().TwoFactorEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Refuses_a_confirmation_without_an_enrolment_started()
    {
        var agent = await Seed.StaffAsync(app, "lyon", "Agent");

        var result = await app.SendAsync("lyon", s => s.Send(new ConfirmTwoFactorEnrolmentCommand(agent.UserId, "123456")));

        result.ShouldBeRefused("TwoFactorNotStarted");
    }

    [Fact]
    public async Task The_confirming_code_cannot_be_used_again_to_sign_in()
    {
        var (agent, secret) = await StartedAsync();
        var code = Codes.Current(app.Clock, secret);
        (await app.SendAsync("lyon", s => s.Send(new ConfirmTwoFactorEnrolmentCommand(agent.UserId, code)))).ShouldSucceed();

        var replay = await app.SendAsync("lyon", s => s.Send(new VerifyTwoFactorCommand(agent.UserId, code)));

        replay.ShouldBeRefused("TwoFactorFailed", "Code");
    }

    [Fact]
    public async Task Refuses_a_code_that_is_not_six_digits()
    {
        var (agent, _) = await StartedAsync();

        var result = await app.SendAsync("lyon", s => s.Send(new ConfirmTwoFactorEnrolmentCommand(agent.UserId, "12ab56")));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("Code");
    }
}

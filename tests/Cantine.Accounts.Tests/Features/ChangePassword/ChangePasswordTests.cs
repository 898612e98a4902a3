using Cantine.Accounts.Contracts.ChangePassword;
using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.Accounts.Tests.Features.ChangePassword;

/// <summary>"Mot de passe" (SPEC §2): the old password, the new one twice; other sessions end.</summary>
public sealed class ChangePasswordTests(ChangePasswordTests.App app) : IClassFixture<ChangePasswordTests.App>
{
    private const string NewPassword = "Cerise-Myrtille-Framboise";

    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync()
        {
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
            (await this.SendAsync("vienne", s => s.Send(Structures.Command("vienne", "Ville de Vienne")))).ShouldSucceed();
        }
    }

    private Task<Result<string>> ChangeAsync(Guid userId, string oldPassword = TestTown.Password, string newPassword = NewPassword, string? confirmation = null, string tenant = "lyon") =>
        app.SendAsync(tenant, s => s.Send(new ChangePasswordCommand(userId, oldPassword, newPassword, confirmation ?? newPassword)));

    private Task<string?> StampAsync(Guid userId) => app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(userId)));

    private Task<Result<SignedInUserDto>> SignInAsync(string login, string password) =>
        app.SendAsync("lyon", s => s.Send(new SignInCommand(login, password, StaffOnly: false)));

    [Fact]
    public async Task Returns_a_new_security_stamp_that_the_session_check_then_reports()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Maël", "Dumont");
        var before = await StampAsync(family.Guardian.UserId);

        var stamp = (await ChangeAsync(family.Guardian.UserId)).ShouldSucceed();

        stamp.ShouldNotBeNullOrWhiteSpace();
        stamp.ShouldNotBe(before);
        (await StampAsync(family.Guardian.UserId)).ShouldBe(stamp);
    }

    [Fact]
    public async Task The_new_password_signs_in_and_the_old_one_no_longer_does()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Lola", "Rey");

        (await ChangeAsync(family.Guardian.UserId)).ShouldSucceed();

        (await SignInAsync(family.Guardian.Login, NewPassword)).ShouldSucceed().SecurityStamp.ShouldBe(await StampAsync(family.Guardian.UserId));
        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldBeRefused("SignInFailed");
    }

    [Fact]
    public async Task Refuses_a_wrong_old_password_and_keeps_the_sessions()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Nolan", "Hubert");
        var before = await StampAsync(family.Guardian.UserId);

        var result = await ChangeAsync(family.Guardian.UserId, oldPassword: "Pas-Le-Bon-Ancien-Mot");

        result.ShouldBeRefused("OldPasswordWrong", "OldPassword");
        (await StampAsync(family.Guardian.UserId)).ShouldBe(before);
        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Wrong_old_passwords_count_towards_the_lockout()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Agathe", "Henry");
        for (var i = 0; i < 10; i++)
        {
            (await ChangeAsync(family.Guardian.UserId, oldPassword: "Mauvais-Ancien-" + i)).ShouldBeRefused("OldPasswordWrong");
        }

        (await ChangeAsync(family.Guardian.UserId)).ShouldBeRefused("OldPasswordWrong");
        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldBeRefused("SignInFailed");
    }

    [Theory]
    [InlineData("Court-1", null, "Password.TooShort", "NewPassword")]
    [InlineData(NewPassword, "Cerise-Myrtille-Framboisz", "Password.ConfirmationMismatch", "Confirmation")]
    [InlineData("azertyuiop123", null, "Password.TooCommon", "NewPassword")]
    [InlineData("Lyon-Presquile-Fourviere", null, "Password.ContainsStructureName", "NewPassword")]
    public async Task Refuses_a_new_password_the_policy_rejects(string password, string? confirmation, string code, string field)
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Kylian", "Brunet");

        var result = await ChangeAsync(family.Guardian.UserId, newPassword: password, confirmation: confirmation);

        result.ShouldBeRefused(code, field);
        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Announces_the_change_so_that_the_owner_is_told()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Elsa", "Roussel");

        var (result, messages) = await app.SendTrackedAsync("lyon", s => s.Send(
            new ChangePasswordCommand(family.Guardian.UserId, TestTown.Password, NewPassword, NewPassword)));

        result.ShouldSucceed();
        var changed = messages.PasswordsChanged().ShouldHaveSingleItem();
        changed.UserId.ShouldBe(family.Guardian.UserId);
        changed.Email.ShouldBe(family.Guardian.Email);
        changed.DisplayName.ShouldBe("Elsa Roussel");
        app.EmailsTo(family.Guardian.Email).ShouldHaveSingleItem().Subject.ShouldBe("Votre mot de passe a été modifié");
    }

    [Fact]
    public async Task Invalidates_the_password_links_the_account_had_not_used()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Basile", "Perret");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await ChangeAsync(family.Guardian.UserId)).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new CheckResetLinkQuery(link.Token())))).ShouldBeRefused("ResetLinkInvalid");
    }

    [Fact]
    public async Task Refuses_an_unknown_account()
    {
        (await ChangeAsync(Guid.NewGuid())).ShouldBeRefused("AccountNotFound");
    }

    [Fact]
    public async Task Refuses_an_account_of_another_town()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Ilyes", "Carpentier");

        (await ChangeAsync(family.Guardian.UserId, tenant: "vienne")).ShouldBeRefused("AccountNotFound");

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }
}

using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.BuildingBlocks.Contracts.Results;
using Wolverine.Tracking;

namespace Cantine.Accounts.Tests.Features.ResetPassword;

/// <summary>What choosing a password from a link does: the new password, other sessions ended, the owner told.</summary>
public sealed class ResetPasswordTests(ResetPasswordTests.App app) : IClassFixture<ResetPasswordTests.App>
{
    private const string NewPassword = "Pomme-Poire-Abricot-Kiwi";

    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private Task<Result> ResetAsync(string token) =>
        app.SendAsync("lyon", s => s.Send(new ResetPasswordCommand(token, NewPassword, NewPassword)));

    private Task<(Result Result, ITrackedSession Messages)> ResetTrackedAsync(string token) =>
        app.SendTrackedAsync("lyon", s => s.Send(new ResetPasswordCommand(token, NewPassword, NewPassword)));

    private Task<Result<SignedInUserDto>> SignInAsync(string login, string password) =>
        app.SendAsync("lyon", s => s.Send(new SignInCommand(login, password, StaffOnly: false)));

    [Fact]
    public async Task Sets_the_new_password_in_place_of_the_old_one()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Clara", "Lemoine");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await ResetAsync(link.Token())).ShouldSucceed();

        (await SignInAsync(family.Guardian.Login, NewPassword)).ShouldSucceed();
        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldBeRefused("SignInFailed");
    }

    [Fact]
    public async Task Ends_the_accounts_other_sessions_by_changing_its_security_stamp()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Mia", "Barbier");
        var before = await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(family.Guardian.UserId)));
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await ResetAsync(link.Token())).ShouldSucceed();

        var after = await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(family.Guardian.UserId)));
        after.ShouldNotBeNull().ShouldNotBe(before);
    }

    [Fact]
    public async Task Tells_the_owner_when_an_existing_password_was_replaced()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Lou", "Riviere");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        var (result, messages) = await ResetTrackedAsync(link.Token());

        result.ShouldSucceed();
        var changed = messages.PasswordsChanged().ShouldHaveSingleItem();
        changed.TenantId.ShouldBe("lyon");
        changed.UserId.ShouldBe(family.Guardian.UserId);
        changed.Email.ShouldBe(family.Guardian.Email);
        changed.StructureName.ShouldBe("Ville de Lyon");
    }

    [Fact]
    public async Task Does_not_announce_a_change_when_the_first_password_is_chosen()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Rémi", "Nouveau", withPassword: false);
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        link.IsFirstConnection.ShouldBeTrue();

        var (result, messages) = await ResetTrackedAsync(link.Token());

        result.ShouldSucceed();
        messages.PasswordsChanged().ShouldBeEmpty();
        (await SignInAsync(family.Guardian.Login, NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Works_while_the_account_is_locked_out_and_unlocks_it()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Enzo", "Lucas");
        for (var i = 0; i < 10; i++)
        {
            await SignInAsync(family.Guardian.Login, "Mauvais-Essai-" + i);
        }

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldBeRefused("SignInFailed");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await ResetAsync(link.Token())).ShouldSucceed();

        (await SignInAsync(family.Guardian.Login, NewPassword)).ShouldSucceed();
    }
}

using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.BuildingBlocks.Contracts.Results;
using Wolverine.Tracking;

namespace Cantine.Accounts.Tests.Features.ResetPassword;

public sealed class ResetPasswordTests(ResetPasswordTests.App app) : IClassFixture<ResetPasswordTests.App>
{
    private const string NewPassword = "Pomme-Poire-Abricot-Kiwi";

    public sealed class App : ClockedApp
    {
        protected override async Task SeedAsync()
        {
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
            (await this.SendAsync("vienne", s => s.Send(Structures.Command("vienne", "Ville de Vienne")))).ShouldSucceed();
        }
    }

    private Task<Result> ResetAsync(string token, string password = NewPassword, string? confirmation = null, string tenant = "lyon") =>
        app.SendAsync(tenant, s => s.Send(new ResetPasswordCommand(token, password, confirmation ?? password)));

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
    public async Task A_link_works_only_once()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Théo", "Dupuis");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        (await ResetAsync(link.Token())).ShouldSucceed();

        var again = await ResetAsync(link.Token(), "Encore-Un-Autre-Mot-De-Passe");

        again.ShouldBeRefused("ResetLinkInvalid");
        (await SignInAsync(family.Guardian.Login, NewPassword)).ShouldSucceed();
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
    public async Task Refuses_another_towns_link_and_changes_nothing()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Louis", "Garcia");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await ResetAsync(link.Token(), tenant: "vienne")).ShouldBeRefused("ResetLinkInvalid");

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
        (await ResetAsync(link.Token())).ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_an_expired_link()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Alix", "Muller");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        (await ResetAsync(link.Token())).ShouldBeRefused("ResetLinkExpired");

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Theory]
    [InlineData("Court-123", null, "Password.TooShort", "NewPassword")]
    [InlineData(NewPassword, "Pomme-Poire-Abricot-Kiwj", "Password.ConfirmationMismatch", "Confirmation")]
    [InlineData("Mon-Login-est-ema.lefevre", null, "Password.ContainsLogin", "NewPassword")]
    [InlineData("Vive-Lyon-et-ses-Bouchons", null, "Password.ContainsStructureName", "NewPassword")]
    [InlineData("motdepasse2024", null, "Password.TooCommon", "NewPassword")]
    [InlineData("", null, "Password.Missing", "NewPassword")]
    public async Task Refuses_a_password_the_policy_rejects_and_keeps_the_link_usable(
        string password, string? confirmation, string code, string field)
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Ema", "Lefèvre", email: Seed.UniqueEmail());
        family.Guardian.Login.ShouldStartWith("ema.lefevre");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        password = password.Replace("ema.lefevre", family.Guardian.Login, StringComparison.Ordinal);

        var result = await ResetAsync(link.Token(), password, confirmation ?? password);

        result.ShouldBeRefused(code, field);
        (await app.SendAsync("lyon", s => s.Send(new CheckResetLinkQuery(link.Token())))).ShouldSucceed();
        (await ResetAsync(link.Token())).ShouldSucceed();
    }

    [Fact]
    public async Task Says_how_long_the_password_must_be()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Adèle", "Picard");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        var refusal = (await ResetAsync(link.Token(), "Trop-court")).ShouldBeRefused("Password.TooShort");

        refusal.Message.ShouldContain("12");
    }

    [Fact]
    public async Task Accepts_a_long_passphrase_of_sixty_four_characters()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Jade", "Fabre");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        var passphrase = "le chat de la voisine dort sur le rebord de la fenetre au soleil";
        passphrase.Length.ShouldBe(64);

        (await ResetAsync(link.Token(), passphrase)).ShouldSucceed();

        (await SignInAsync(family.Guardian.Login, passphrase)).ShouldSucceed();
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

    [Fact]
    public async Task Choosing_a_password_invalidates_the_accounts_other_unused_links()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Zélie", "Aubert");
        var older = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        var newer = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await ResetAsync(newer.Token())).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new CheckResetLinkQuery(older.Token())))).ShouldBeRefused("ResetLinkInvalid");
        (await ResetAsync(older.Token(), "Un-Troisieme-Mot-De-Passe")).ShouldBeRefused("ResetLinkInvalid");
        (await SignInAsync(family.Guardian.Login, NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Leaves_other_accounts_links_valid()
    {
        var first = await Seed.FamilyWithGuardianAsync(app, "lyon", "Hélène", "Marty");
        var second = await Seed.FamilyWithGuardianAsync(app, "lyon", "Henri", "Marty");
        var firstLink = await Links.RequestAsync(app, "lyon", first.Guardian.Login);
        var secondLink = await Links.RequestAsync(app, "lyon", second.Guardian.Login);

        (await ResetAsync(firstLink.Token())).ShouldSucceed();

        (await ResetAsync(secondLink.Token())).ShouldSucceed();
    }
}

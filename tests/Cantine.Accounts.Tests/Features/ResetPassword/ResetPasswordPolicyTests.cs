using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.Accounts.Tests.Features.ResetPassword;

/// <summary>The password policy (SPEC §2) as a parent meets it on the page a link opens.</summary>
public sealed class ResetPasswordPolicyTests(ResetPasswordPolicyTests.App app) : IClassFixture<ResetPasswordPolicyTests.App>
{
    private const string NewPassword = "Pomme-Poire-Abricot-Kiwi";

    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private Task<Result> ResetAsync(string token, string password = NewPassword, string? confirmation = null) =>
        app.SendAsync("lyon", s => s.Send(new ResetPasswordCommand(token, password, confirmation ?? password)));

    private Task<Result<SignedInUserDto>> SignInAsync(string login, string password) =>
        app.SendAsync("lyon", s => s.Send(new SignInCommand(login, password, StaffOnly: false)));

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
}

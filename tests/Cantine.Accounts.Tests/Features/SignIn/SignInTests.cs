using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.BuildingBlocks.Contracts.Results;

namespace Cantine.Accounts.Tests.Features.SignIn;

public sealed class SignInTests(SignInTests.App app) : IClassFixture<SignInTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    private Task<Result<SignedInUserDto>> SignInAsync(string login, string password, bool staffOnly = false) =>
        app.SendAsync("lyon", s => s.Send(new SignInCommand(login, password, staffOnly)));

    [Fact]
    public async Task Signs_a_guardian_in_with_their_family_and_current_security_stamp()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Chloé", "Vidal");

        var user = (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();

        user.UserId.ShouldBe(family.Guardian.UserId);
        user.Kind.ShouldBe("Guardian");
        user.Role.ShouldBeNull();
        user.FamilyId.ShouldBe(family.FamilyId);
        user.Login.ShouldBe("chloe.vidal");
        user.DisplayName.ShouldBe("Chloé Vidal");
        user.SecurityStamp.ShouldBe(await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(user.UserId))));
    }

    [Fact]
    public async Task Finds_the_login_whatever_its_case_and_surrounding_spaces()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Noé", "Lambert");

        var user = (await SignInAsync("  NOE.Lambert ", TestTown.Password)).ShouldSucceed();

        user.UserId.ShouldBe(family.Guardian.UserId);
    }

    [Fact]
    public async Task Gives_the_same_refusal_for_a_wrong_password_and_an_unknown_login()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Rose", "Perrin");

        var wrongPassword = await SignInAsync(family.Guardian.Login, "Pas-Le-Bon-Mot-De-Passe");
        var unknownLogin = await SignInAsync("personne.inconnue", TestTown.Password);
        var staffAtThePortal = await SignInAsync(app.Town.Administrator.Login, TestTown.Password);

        var refusal = wrongPassword.ShouldBeRefused("SignInFailed");
        unknownLogin.Errors.ShouldBe([refusal]);
        staffAtThePortal.Errors.ShouldBe([refusal]);
        refusal.Field.ShouldBeNull();
    }

    [Fact]
    public async Task Refuses_a_guardian_at_the_back_office_even_with_the_right_password()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Yanis", "Colin");

        var result = await SignInAsync(family.Guardian.Login, TestTown.Password, staffOnly: true);

        result.ShouldBeRefused("SignInFailed");
        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Signs_staff_in_at_the_back_office_with_their_role_and_second_factor_state()
    {
        var administrator = (await SignInAsync(app.Town.Administrator.Login, TestTown.Password, staffOnly: true)).ShouldSucceed();
        var agent = (await SignInAsync(app.Town.Agent.Login, TestTown.Password, staffOnly: true)).ShouldSucceed();

        administrator.Kind.ShouldBe("Staff");
        administrator.Role.ShouldBe("Administrateur");
        administrator.FamilyId.ShouldBeNull();
        administrator.TwoFactorEnabled.ShouldBeTrue();
        agent.Role.ShouldBe("Agent");
        agent.TwoFactorEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task Refuses_an_empty_login_or_password_as_a_shape_error()
    {
        (await SignInAsync("", TestTown.Password)).ShouldBeRefused("Required", "Login");
        (await SignInAsync("quelqu.un", "")).ShouldBeRefused("Required", "Password");
    }
}

using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Accounts.Tests.Features.RegisterGuardian;

public sealed class RegisterGuardianTests(RegisterGuardianTests.App app) : IClassFixture<RegisterGuardianTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private async Task<Guid> FamilyAsync(string name = "Famille") =>
        (await app.SendAsync("lyon", s => s.Send(new RegisterFamilyCommand(name)))).ShouldSucceed();

    private async Task<RegisteredAccountDto> RegisterAsync(Guid familyId, string first, string last, string? login = null, string? email = null) =>
        (await app.SendAsync("lyon", s => s.Send(
            new RegisterGuardianCommand(familyId, "M.", first, last, email ?? Seed.UniqueEmail(), "06 12 34 56 78", login)))).ShouldSucceed();

    [Fact]
    public async Task Generates_a_prenom_nom_login_without_accents_capitals_or_spaces()
    {
        var familyId = await FamilyAsync("Le Gall");

        var registered = await RegisterAsync(familyId, "Élodie", "Le Gall");

        registered.Login.ShouldBe("elodie.legall");
    }

    [Fact]
    public async Task Numbers_the_login_of_a_namesake_from_two()
    {
        var first = await RegisterAsync(await FamilyAsync(), "Hugo", "Moreau");
        var second = await RegisterAsync(await FamilyAsync(), "Hugo", "Moreau");
        var third = await RegisterAsync(await FamilyAsync(), "HUGO", "moreau");

        first.Login.ShouldBe("hugo.moreau");
        second.Login.ShouldBe("hugo.moreau2");
        third.Login.ShouldBe("hugo.moreau3");
        new[] { first.UserId, second.UserId, third.UserId }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task Generates_around_a_login_that_someone_chose_by_hand()
    {
        await RegisterAsync(await FamilyAsync(), "Paul", "Durand", login: "Paul.Fontaine");

        var generated = await RegisterAsync(await FamilyAsync(), "Paul", "Fontaine");

        generated.Login.ShouldBe("paul.fontaine2");
    }

    [Fact]
    public async Task Keeps_a_chosen_login_trimmed()
    {
        var registered = await RegisterAsync(await FamilyAsync(), "Inès", "Roche", login: "  ines.r  ");

        registered.Login.ShouldBe("ines.r");
    }

    [Fact]
    public async Task Refuses_a_chosen_login_already_taken_whatever_its_case()
    {
        await RegisterAsync(await FamilyAsync(), "Léa", "Simon", login: "lea.simon");
        var familyId = await FamilyAsync();

        var again = await app.SendAsync("lyon", s => s.Send(
            new RegisterGuardianCommand(familyId, "Mme", "Léa", "Simon", Seed.UniqueEmail(), "", " LEA.Simon ")));

        again.ShouldBeRefused("LoginTaken", "Login");
    }

    [Fact]
    public async Task Refuses_a_chosen_login_that_a_staff_member_has()
    {
        (await app.SendAsync("lyon", s => s.Send(new RegisterStaffMemberCommand("Nora", "Agent", "nora@lyon.test", "Agent", "nora.agent")))).ShouldSucceed();
        var familyId = await FamilyAsync();

        var result = await app.SendAsync("lyon", s => s.Send(
            new RegisterGuardianCommand(familyId, "Mme", "Nora", "Agent", Seed.UniqueEmail(), "", "nora.agent")));

        result.ShouldBeRefused("LoginTaken", "Login");
    }

    [Fact]
    public async Task Adds_the_guardian_to_the_family_home()
    {
        var familyId = await FamilyAsync("Garnier");

        var zoe = await RegisterAsync(familyId, " Zoé ", " Garnier ", email: "zoe.garnier@familles.test");
        var adam = await RegisterAsync(familyId, "Adam", "Garnier", email: "adam.garnier@familles.test");

        var home = (await app.SendAsync("lyon", s => s.Send(new GetFamilyHomeQuery(familyId))))!;
        home.Guardians.ShouldBe([
            new FamilyMemberDto(adam.UserId, "Adam", "Garnier", "adam.garnier@familles.test"),
            new FamilyMemberDto(zoe.UserId, "Zoé", "Garnier", "zoe.garnier@familles.test"),
        ]);
        zoe.Login.ShouldBe("zoe.garnier");
    }

    [Fact]
    public async Task A_new_guardian_cannot_sign_in_before_choosing_a_password()
    {
        var registered = await RegisterAsync(await FamilyAsync(), "Jules", "Faure");

        var signIn = await app.SendAsync("lyon", s => s.Send(new SignInCommand(registered.Login, "n'importe quoi du tout", StaffOnly: false)));

        signIn.ShouldBeRefused("SignInFailed");
    }

    [Fact]
    public async Task Refuses_an_unknown_family()
    {
        var result = await app.SendAsync("lyon", s => s.Send(
            new RegisterGuardianCommand(Guid.NewGuid(), "M.", "Jean", "Nulle", Seed.UniqueEmail(), "")));

        result.ShouldBeRefused("FamilyNotFound", "FamilyId");
    }

    [Fact]
    public async Task Refuses_an_invalid_email_address()
    {
        var familyId = await FamilyAsync();

        var result = await app.SendAsync("lyon", s => s.Send(new RegisterGuardianCommand(familyId, "M.", "Jean", "Sanmail", "jean.sanmail", "")));

        result.ShouldBeRefused("Email", "Email");
    }
}

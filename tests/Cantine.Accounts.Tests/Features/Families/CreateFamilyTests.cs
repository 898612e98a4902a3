using Cantine.Accounts.Contracts.CreateFamily;
using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>Staff create a family with its first guardian, whose login is generated or chosen.</summary>
public sealed class CreateFamilyTests(FamiliesApp app) : IClassFixture<FamiliesApp>
{
    private static CreateFamilyCommand Command(string name = "Lefèvre", string first = "Élodie", string? login = null, string email = "elodie@familles.test") =>
        new(name, "Mme", first, name, email, "06 12 34 56 78", login);

    [Fact]
    public async Task Creates_the_family_and_its_first_guardian_with_a_generated_login()
    {
        var created = (await app.SendAsync("lyon", s => s.Send(Command("Lefèvre", "Élodie")))).ShouldSucceed();

        created.Login.ShouldStartWith("elodie.lefevre");
        var detail = (await app.DetailAsync(created.FamilyId))!;
        detail.Name.ShouldBe("Lefèvre");
        detail.IsArchived.ShouldBeFalse();
        var guardian = detail.Guardians.ShouldHaveSingleItem();
        guardian.UserId.ShouldBe(created.GuardianId);
        guardian.Login.ShouldBe(created.Login);
        guardian.FirstName.ShouldBe("Élodie");
        guardian.HasPassword.ShouldBeFalse();
        guardian.LastSignInAt.ShouldBeNull();
        detail.Children.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_new_family_is_in_the_list_right_away()
    {
        var created = (await app.SendAsync("lyon", s => s.Send(Command("Zoubir", "Nadia", email: "nadia.zoubir@familles.test")))).ShouldSucceed();

        var list = await app.ListAsync("zoubir");

        var row = list.Items.ShouldHaveSingleItem();
        row.FamilyId.ShouldBe(created.FamilyId);
        row.Guardians.ShouldHaveSingleItem().Email.ShouldBe("nadia.zoubir@familles.test");
    }

    [Fact]
    public async Task Keeps_a_chosen_login_and_refuses_one_already_taken_in_the_town()
    {
        (await app.SendAsync("lyon", s => s.Send(Command("Martin", "Paul", login: "paul.martin.69")))).ShouldSucceed();

        var again = await app.SendAsync("lyon", s => s.Send(Command("Martin", "Pauline", login: "Paul.Martin.69")));

        again.ShouldBeRefused("LoginTaken", "Login").Message.ShouldContain("déjà utilisé");
        (await app.ListAsync("pauline")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task The_same_login_is_free_in_another_town()
    {
        (await app.SendAsync("lyon", s => s.Send(Command("Bernard", "Lina", login: "lina.bernard")))).ShouldSucceed();

        var atVienne = await app.SendAsync("vienne", s => s.Send(Command("Bernard", "Lina", login: "lina.bernard")));

        atVienne.ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_missing_names_and_a_bad_email_or_login_with_french_messages()
    {
        var result = await app.SendAsync("lyon", s => s.Send(new CreateFamilyCommand(" ", "Mme", "", "Durand", "pas-une-adresse", "", "a b")));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.Select(e => e.Field).ShouldBe(["Name", "FirstName", "Email", "Login"], ignoreOrder: true);
        result.Errors.Single(e => e.Field == "Name").Message.ShouldBe("Ce champ est obligatoire.");
        result.Errors.Single(e => e.Field == "Login").Message.ShouldContain("sans espace");
    }

    [Fact]
    public async Task The_new_guardian_cannot_sign_in_before_choosing_a_password()
    {
        var created = (await app.SendAsync("lyon", s => s.Send(Command("Petitjean", "Hugo", email: "hugo@familles.test")))).ShouldSucceed();

        var signIn = await app.SendAsync("lyon", s => s.Send(new SignInCommand(created.Login, TestTown.Password, false)));

        signIn.IsSuccess.ShouldBeFalse();
    }
}

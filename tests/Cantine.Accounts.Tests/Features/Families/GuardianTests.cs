using Cantine.Accounts.Contracts.ChangeGuardianDetails;
using Cantine.Accounts.Contracts.ChangeLogin;
using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>Staff edit a guardian's details (the invoices' address included) and change their login, unique in the town.</summary>
public sealed class GuardianTests(FamiliesApp app) : IClassFixture<FamiliesApp>
{
    private static ChangeGuardianDetailsCommand Details(Guid userId, string email = "nouvelle@familles.test") =>
        new(userId, "M.", "Théo", "Lambert", email, "04 78 00 00 00", "3 rue Mercière", "69002", "Lyon");

    [Fact]
    public async Task Changes_the_details_shown_to_staff_and_searched_in_the_list()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Théa", "Lambert", withPassword: false);

        (await app.SendAsync("lyon", s => s.Send(Details(family.Guardian.UserId, "theo.lambert@exemple.fr")))).ShouldSucceed();

        var guardian = (await app.DetailAsync(family.FamilyId))!.Guardians.ShouldHaveSingleItem();
        (guardian.Civility, guardian.FirstName, guardian.Email, guardian.Phone).ShouldBe(("M.", "Théo", "theo.lambert@exemple.fr", "04 78 00 00 00"));
        (guardian.Street, guardian.PostalCode, guardian.City).ShouldBe(("3 rue Mercière", "69002", "Lyon"));
        (await app.ListAsync("theo.lambert@exemple")).Items.ShouldHaveSingleItem().FamilyId.ShouldBe(family.FamilyId);
    }

    [Fact]
    public async Task Refuses_a_partial_address_and_a_bad_email()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Malo", "Fabre", withPassword: false);

        var result = await app.SendAsync("lyon", s => s.Send(
            new ChangeGuardianDetailsCommand(family.Guardian.UserId, "M.", "Malo", "Fabre", "malo@", "", "1 rue", "", "")));

        result.Errors.Select(e => e.Field).ShouldBe(["Email", "PostalCode", "City"], ignoreOrder: true);
        (await app.DetailAsync(family.FamilyId))!.Guardians.Single().Email.ShouldBe(family.Guardian.Email);
    }

    [Fact]
    public async Task A_changed_login_signs_in_and_the_old_one_no_longer_does()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Léna", "Roche");

        (await app.SendAsync("lyon", s => s.Send(new ChangeLoginCommand(family.Guardian.UserId, "lena.roche.lyon")))).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new SignInCommand("lena.roche.lyon", TestTown.Password, false)))).ShouldSucceed();
        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(family.Guardian.Login, TestTown.Password, false)))).IsSuccess.ShouldBeFalse();
        (await app.ListAsync("lena.roche.lyon")).Items.ShouldHaveSingleItem().Guardians.Single().Login.ShouldBe("lena.roche.lyon");
    }

    [Fact]
    public async Task Refuses_a_login_another_account_of_the_town_uses_in_french()
    {
        var first = await Seed.FamilyWithGuardianAsync(app, "lyon", "Adam", "Giraud", withPassword: false);
        var second = await Seed.FamilyWithGuardianAsync(app, "lyon", "Alice", "Giraud", withPassword: false);

        var result = await app.SendAsync("lyon", s => s.Send(new ChangeLoginCommand(second.Guardian.UserId, first.Guardian.Login.ToUpperInvariant())));

        result.ShouldBeRefused("LoginTaken", "Login").Message.ShouldBe("Cet identifiant est déjà utilisé par un autre compte de la structure. Choisissez-en un autre.");
        (await app.DetailAsync(second.FamilyId))!.Guardians.Single().Login.ShouldBe(second.Guardian.Login);
    }

    [Fact]
    public async Task Refuses_a_login_with_spaces()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Tom", "Mercier", withPassword: false);

        (await app.SendAsync("lyon", s => s.Send(new ChangeLoginCommand(family.Guardian.UserId, "tom mercier")))).ShouldBeRefused("Login", "Login");
    }

    [Fact]
    public async Task Staff_accounts_and_another_towns_guardians_are_out_of_reach()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Zoé", "Blanc", withPassword: false);
        var staff = await Seed.StaffAsync(app, "lyon");

        (await app.SendAsync("vienne", s => s.Send(new ChangeLoginCommand(family.Guardian.UserId, "zoe.pirate")))).ShouldBeRefused("AccountNotFound");
        (await app.SendAsync("vienne", s => s.Send(Details(family.Guardian.UserId)))).ShouldBeRefused("AccountNotFound");
        (await app.SendAsync("lyon", s => s.Send(new ChangeLoginCommand(staff.UserId, "staff.renomme")))).ShouldBeRefused("AccountNotFound");
        (await app.DetailAsync(family.FamilyId))!.Guardians.Single().Login.ShouldBe(family.Guardian.Login);
    }

    [Fact]
    public async Task Staff_saving_the_same_login_at_once_all_but_one_get_the_usual_refusal()
    {
        var families = new List<TestFamily>();
        foreach (var first in new[] { "Iris", "Noé", "Ève", "Yann", "Ilan" })
        {
            families.Add(await Seed.FamilyWithGuardianAsync(app, "lyon", first, "Morel", withPassword: false));
        }

        var results = await Task.WhenAll(families.Select(f =>
            Task.Run(() => app.SendAsync("lyon", s => s.Send(new ChangeLoginCommand(f.Guardian.UserId, "famille.morel"))))));

        results.Count(r => r.IsSuccess).ShouldBe(1);
        results.Where(r => !r.IsSuccess).ShouldAllBe(r => r.Errors.Single().Code == "LoginTaken" && r.Errors.Single().Field == "Login");
    }
}

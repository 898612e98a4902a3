using Cantine.Accounts.Contracts.InviteGuardians;
using Cantine.Accounts.Contracts.ListGuardianAccounts;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Tests.Features.ImportFamilies;

namespace Cantine.Accounts.Tests.Features.InviteGuardians;

public sealed class InviteGuardiansTests(InviteGuardiansTests.App app) : IClassFixture<InviteGuardiansTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync()
        {
            foreach (var slug in new[] { "inv-a", "inv-b", "inv-c", "inv-d" })
            {
                (await this.SendAsync(slug, s => s.Send(Structures.Command(slug, "Ville " + slug)))).ShouldSucceed();
            }
        }
    }

    [Fact]
    public async Task Invites_every_guardian_who_never_signed_in_who_then_chooses_a_password_and_signs_in()
    {
        var signedIn = await Seed.FamilyWithGuardianAsync(app, "inv-a", "Déjà", "Connecté");
        (await app.SendAsync("inv-a", s => s.Send(new SignInCommand(signedIn.Guardian.Login, TestTown.Password, false)))).ShouldSucceed();
        await FamilyCsv.ImportAsync(app, "inv-a", FamilyCsv.Utf8(
            FamilyCsv.Line("I-1", "Vidal", "Rose", "rose.vidal@familles.test"),
            FamilyCsv.Line("I-2", "Girard", "Elsa", "elsa.girard@familles.test")));

        var (result, messages) = await app.SendTrackedAsync("inv-a", s => s.Send(new InviteGuardiansCommand(null, true)));

        result.ShouldSucceed().ShouldBe(2);
        messages.LinksRequested().Select(l => (l.Email, l.Login, l.IsFirstConnection)).OrderBy(l => l.Email)
            .ShouldBe([("elsa.girard@familles.test", "elsa.girard", true), ("rose.vidal@familles.test", "rose.vidal", true)]);
        var mail = await app.Smtp.WaitForAsync(m => m.To.ToString().Contains("rose.vidal@familles.test", StringComparison.Ordinal));
        mail.TextBody!.ShouldContain("rose.vidal");
        var link = messages.LinksRequested().Single(l => l.Login == "rose.vidal");
        (await app.SendAsync("inv-a", s => s.Send(new ResetPasswordCommand(link.Token(), TestTown.Password, TestTown.Password)))).ShouldSucceed();
        (await app.SendAsync("inv-a", s => s.Send(new SignInCommand("rose.vidal", TestTown.Password, false)))).ShouldSucceed();
        (await app.SendAsync("inv-a", s => s.Send(new ListGuardianAccountsQuery(1, true, null)))).Guardians.Select(g => g.Login).ShouldBe(["elsa.girard"]);
    }

    [Fact]
    public async Task Invites_the_selected_guardians_only_and_ignores_ids_of_other_towns_and_of_staff()
    {
        var chosen = await Seed.FamilyWithGuardianAsync(app, "inv-b", "Choisi", "Parent", withPassword: false);
        await Seed.FamilyWithGuardianAsync(app, "inv-b", "Pas", "Choisi", withPassword: false);
        var elsewhere = await Seed.FamilyWithGuardianAsync(app, "inv-c", "Autre", "Ville", withPassword: false);
        var staff = await Seed.StaffAsync(app, "inv-b");

        var (result, messages) = await app.SendTrackedAsync("inv-b", s => s.Send(
            new InviteGuardiansCommand([chosen.Guardian.UserId, elsewhere.Guardian.UserId, staff.UserId], false)));

        result.ShouldSucceed().ShouldBe(1);
        messages.LinksRequested().ShouldHaveSingleItem().UserId.ShouldBe(chosen.Guardian.UserId);
    }

    [Fact]
    public async Task A_guardian_who_has_a_password_gets_the_ordinary_link_wording()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "inv-c", "Avec", "Motdepasse");

        var (_, messages) = await app.SendTrackedAsync("inv-c", s => s.Send(new InviteGuardiansCommand([family.Guardian.UserId], false)));

        messages.LinksRequested().ShouldHaveSingleItem().IsFirstConnection.ShouldBeFalse();
    }

    [Fact]
    public async Task Refuses_an_empty_selection()
    {
        (await app.SendAsync("inv-c", s => s.Send(new InviteGuardiansCommand([], false)))).ShouldBeRefused("Invite.NoneSelected", "UserIds");
        (await app.SendAsync("inv-c", s => s.Send(new InviteGuardiansCommand(null, false)))).ShouldBeRefused("Invite.NoneSelected", "UserIds");
    }

    [Fact]
    public async Task Lists_guardians_page_by_page_with_their_sign_in_state()
    {
        await FamilyCsv.ImportAsync(app, "inv-d", FamilyCsv.Utf8([.. Enumerable.Range(1, 55).Select(i => FamilyCsv.Line($"L-{i}", $"Nom{i:00}", "Alix", $"alix{i}@familles.test"))]));

        var first = await app.SendAsync("inv-d", s => s.Send(new ListGuardianAccountsQuery(1, false, null)));
        var second = await app.SendAsync("inv-d", s => s.Send(new ListGuardianAccountsQuery(2, false, null)));
        var search = await app.SendAsync("inv-d", s => s.Send(new ListGuardianAccountsQuery(1, false, "NOM07")));

        (first.Total, first.PageCount, first.Guardians.Count).ShouldBe((55L, 2, 50));
        first.Guardians[0].DisplayName.ShouldBe("Alix Nom01");
        second.Guardians.Select(g => g.DisplayName).ShouldBe(["Alix Nom51", "Alix Nom52", "Alix Nom53", "Alix Nom54", "Alix Nom55"]);
        search.Guardians.ShouldHaveSingleItem().Login.ShouldBe("alix.nom07");
        search.Guardians[0].LastSignInAt.ShouldBeNull();
    }
}

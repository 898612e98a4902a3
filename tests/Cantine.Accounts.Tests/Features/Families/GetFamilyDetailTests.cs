using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>What staff see of one family: guardians with their sign-in state, children by age; nothing of another town.</summary>
public sealed class GetFamilyDetailTests(FamiliesApp app) : IClassFixture<FamiliesApp>
{
    [Fact]
    public async Task Shows_when_each_guardian_last_signed_in()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Jeanne", "Bailly");
        var never = await Seed.GuardianAsync(app, "lyon", family.FamilyId, "Pierre", "Bailly", withPassword: false);

        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(family.Guardian.Login, TestTown.Password, false)))).ShouldSucceed();

        var guardians = (await app.DetailAsync(family.FamilyId))!.Guardians;
        var jeanne = guardians.Single(g => g.UserId == family.Guardian.UserId);
        jeanne.LastSignInAt.ShouldNotBeNull();
        jeanne.HasPassword.ShouldBeTrue();
        var pierre = guardians.Single(g => g.UserId == never.UserId);
        (pierre.LastSignInAt, pierre.HasPassword).ShouldBe((null, false));
    }

    [Fact]
    public async Task Lists_the_children_from_the_eldest()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Odile", "Masson", withPassword: false);
        await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.AddChild.AddChildCommand(family.FamilyId, "Zélie", "Masson", new DateOnly(2019, 1, 1), "École A", "")));
        await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.AddChild.AddChildCommand(family.FamilyId, "Adèle", "Masson", new DateOnly(2020, 1, 1), "École A", "")));
        await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.AddChild.AddChildCommand(family.FamilyId, "Marius", "Masson", new DateOnly(2015, 1, 1), "École A", "")));

        (await app.DetailAsync(family.FamilyId))!.Children.Select(c => c.FirstName).ShouldBe(["Marius", "Zélie", "Adèle"]);
    }

    [Fact]
    public async Task Another_town_gets_nothing()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Rémi", "Collet", withPassword: false);

        (await app.DetailAsync(family.FamilyId, "vienne")).ShouldBeNull();
        (await app.DetailAsync(Guid.NewGuid())).ShouldBeNull();
    }
}

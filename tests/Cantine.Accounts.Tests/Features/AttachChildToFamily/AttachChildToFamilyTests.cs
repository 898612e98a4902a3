using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.RegisterChild;

namespace Cantine.Accounts.Tests.Features.AttachChildToFamily;

/// <summary>Separated parents (SPEC §2): a child belongs to two families at most, each seeing the child but not the other home.</summary>
public sealed class AttachChildToFamilyTests(AttachChildToFamilyTests.App app) : IClassFixture<AttachChildToFamilyTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    private async Task<(TestFamily Mother, TestFamily Father, Guid ChildId)> SeparatedParentsAsync()
    {
        var mother = await Seed.FamilyWithGuardianAsync(app, "lyon", "Marie", "Durand", withPassword: false);
        var father = await Seed.FamilyWithGuardianAsync(app, "lyon", "Lucas", "Roux", withPassword: false);
        var childId = (await app.SendAsync("lyon", s => s.Send(
            new RegisterChildCommand(mother.FamilyId, "Jade", "Roux", new DateOnly(2017, 4, 1), "École A", "CE1")))).ShouldSucceed();
        return (mother, father, childId);
    }

    private Task<FamilyHomeDto?> HomeAsync(Guid familyId) => app.SendAsync("lyon", s => s.Send(new GetFamilyHomeQuery(familyId)));

    [Fact]
    public async Task A_child_attached_to_a_second_family_appears_on_both_homes()
    {
        var (mother, father, childId) = await SeparatedParentsAsync();

        (await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(childId, father.FamilyId)))).ShouldSucceed();

        (await HomeAsync(mother.FamilyId))!.Children.Select(c => c.Id).ShouldBe([childId]);
        (await HomeAsync(father.FamilyId))!.Children.Select(c => c.Id).ShouldBe([childId]);
    }

    [Fact]
    public async Task Each_home_shows_its_own_guardians_and_not_the_other_familys()
    {
        var (mother, father, childId) = await SeparatedParentsAsync();
        (await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(childId, father.FamilyId)))).ShouldSucceed();

        var motherHome = (await HomeAsync(mother.FamilyId))!;
        var fatherHome = (await HomeAsync(father.FamilyId))!;

        motherHome.Guardians.Select(g => g.Id).ShouldBe([mother.Guardian.UserId]);
        fatherHome.Guardians.Select(g => g.Id).ShouldBe([father.Guardian.UserId]);
        fatherHome.Guardians.ShouldNotContain(g => g.Detail == mother.Guardian.Email);
        motherHome.Guardians.ShouldNotContain(g => g.Detail == father.Guardian.Email);
    }

    [Fact]
    public async Task Refuses_a_third_family()
    {
        var (_, father, childId) = await SeparatedParentsAsync();
        (await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(childId, father.FamilyId)))).ShouldSucceed();
        var grandparents = await Seed.FamilyWithGuardianAsync(app, "lyon", "Jeanne", "Roux", withPassword: false);

        var result = await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(childId, grandparents.FamilyId)));

        result.ShouldBeRefused("ChildTooManyFamilies", "FamilyId");
        (await HomeAsync(grandparents.FamilyId))!.Children.ShouldBeEmpty();
    }

    [Fact]
    public async Task Refuses_to_attach_a_child_twice_to_the_same_family()
    {
        var (mother, _, childId) = await SeparatedParentsAsync();

        var result = await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(childId, mother.FamilyId)));

        result.ShouldBeRefused("ChildAlreadyInFamily", "FamilyId");
        (await HomeAsync(mother.FamilyId))!.Children.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Refuses_an_unknown_child()
    {
        var (_, father, _) = await SeparatedParentsAsync();

        var result = await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(Guid.NewGuid(), father.FamilyId)));

        result.ShouldBeRefused("ChildNotFound", "ChildId");
    }

    [Fact]
    public async Task Refuses_an_unknown_family()
    {
        var (_, _, childId) = await SeparatedParentsAsync();

        var result = await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(childId, Guid.NewGuid())));

        result.ShouldBeRefused("FamilyNotFound", "FamilyId");
    }
}

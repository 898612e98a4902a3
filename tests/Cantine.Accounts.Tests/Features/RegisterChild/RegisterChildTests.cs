using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.RegisterChild;

namespace Cantine.Accounts.Tests.Features.RegisterChild;

public sealed class RegisterChildTests(RegisterChildTests.App app) : IClassFixture<RegisterChildTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    [Fact]
    public async Task Registers_a_child_that_its_family_home_shows_with_school_and_class()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", lastName: "Blanc");

        var childId = (await app.SendAsync("lyon", s => s.Send(
            new RegisterChildCommand(family.FamilyId, " Tom ", "Blanc", new DateOnly(2018, 2, 3), "École Jean Macé", "CP")))).ShouldSucceed();
        var sisterId = (await app.SendAsync("lyon", s => s.Send(
            new RegisterChildCommand(family.FamilyId, "Alice", "Blanc", new DateOnly(2016, 5, 6), "École Jean Macé", "")))).ShouldSucceed();

        var home = (await app.SendAsync("lyon", s => s.Send(new GetFamilyHomeQuery(family.FamilyId))))!;
        home.Children.ShouldBe([
            new FamilyMemberDto(sisterId, "Alice", "Blanc", "École Jean Macé"),
            new FamilyMemberDto(childId, "Tom", "Blanc", "École Jean Macé – CP"),
        ]);
    }

    [Fact]
    public async Task Refuses_a_child_of_an_unknown_family()
    {
        var result = await app.SendAsync("lyon", s => s.Send(
            new RegisterChildCommand(Guid.NewGuid(), "Tom", "Blanc", new DateOnly(2018, 2, 3), "École A", "CP")));

        result.ShouldBeRefused("FamilyNotFound", "FamilyId");
    }

    [Fact]
    public async Task Refuses_a_child_without_a_school()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", withPassword: false);

        var result = await app.SendAsync("lyon", s => s.Send(
            new RegisterChildCommand(family.FamilyId, "Tom", "Blanc", new DateOnly(2018, 2, 3), " ", "CP")));

        result.ShouldBeRefused("Required", "School");
    }

    [Fact]
    public async Task Refuses_an_implausible_birth_date()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", withPassword: false);

        var result = await app.SendAsync("lyon", s => s.Send(
            new RegisterChildCommand(family.FamilyId, "Tom", "Blanc", new DateOnly(1900, 1, 1), "École A", "CP")));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("BirthDate");
    }
}

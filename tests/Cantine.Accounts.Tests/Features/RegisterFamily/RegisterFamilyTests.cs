using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.RegisterFamily;

namespace Cantine.Accounts.Tests.Features.RegisterFamily;

public sealed class RegisterFamilyTests(RegisterFamilyTests.App app) : IClassFixture<RegisterFamilyTests.App>
{
    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync() =>
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
    }

    [Fact]
    public async Task Registers_a_family_whose_home_shows_its_name_and_no_members_yet()
    {
        var familyId = (await app.SendAsync("lyon", s => s.Send(new RegisterFamilyCommand("  Martin  ", "F-0042")))).ShouldSucceed();

        var home = (await app.SendAsync("lyon", s => s.Send(new GetFamilyHomeQuery(familyId)))).ShouldNotBeNull();
        home.FamilyId.ShouldBe(familyId);
        home.Name.ShouldBe("Martin");
        home.Guardians.ShouldBeEmpty();
        home.Children.ShouldBeEmpty();
    }

    [Fact]
    public async Task Gives_each_family_its_own_id_even_with_the_same_name()
    {
        var first = (await app.SendAsync("lyon", s => s.Send(new RegisterFamilyCommand("Bernard")))).ShouldSucceed();
        var second = (await app.SendAsync("lyon", s => s.Send(new RegisterFamilyCommand("Bernard")))).ShouldSucceed();

        second.ShouldNotBe(first);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Refuses_a_family_without_a_name(string name)
    {
        var result = await app.SendAsync("lyon", s => s.Send(new RegisterFamilyCommand(name)));

        result.ShouldBeRefused("Required", "Name");
    }

    [Fact]
    public async Task Refuses_a_name_longer_than_120_characters()
    {
        var result = await app.SendAsync("lyon", s => s.Send(new RegisterFamilyCommand(new string('a', 121))));

        result.ShouldBeRefused("TooLong", "Name");
    }

    [Fact]
    public async Task Finds_no_home_for_an_unknown_family()
    {
        (await app.SendAsync("lyon", s => s.Send(new GetFamilyHomeQuery(Guid.NewGuid())))).ShouldBeNull();
    }
}

using Cantine.Accounts.Contracts.ListFamilies;
using Cantine.Accounts.Contracts.RegisterGuardian;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>The staff's family list: search by any name, login, e-mail or child's name, without accents or case; sorting and paging.</summary>
public sealed class ListFamiliesTests(ListFamiliesTests.App app) : IClassFixture<ListFamiliesTests.App>
{
    public sealed class App : FamiliesApp
    {
        public TestFamily Chevalier { get; private set; } = null!;

        public TestFamily Ngoma { get; private set; } = null!;

        public TestFamily Zeller { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            await base.SeedAsync();
            Chevalier = await Seed.FamilyWithGuardianAsync(this, "lyon", "Anaïs", "Chevalier", "anais.c@exemple.fr", "a.chevalier", withPassword: false);
            await ChildAsync(Chevalier.FamilyId, "Clémence", "Chevalier");
            await ChildAsync(Chevalier.FamilyId, "Hugo", "Chevalier");
            Ngoma = await Seed.FamilyWithGuardianAsync(this, "lyon", "Bintou", "Ngoma", "bintou@exemple.fr", "b.ngoma", withPassword: false);
            (await this.SendAsync("lyon", s => s.Send(new RegisterGuardianCommand(Ngoma.FamilyId, "M.", "Éric", "Aubry", "eric.aubry@exemple.fr", "", "e.aubry")))).ShouldSucceed();
            await ChildAsync(Ngoma.FamilyId, "Maël", "Ngoma");
            Zeller = await Seed.FamilyWithGuardianAsync(this, "lyon", "Oscar", "Zeller", "oscar@exemple.fr", "o.zeller", withPassword: false);
            await Seed.FamilyWithGuardianAsync(this, "vienne", "Clémence", "Chevalier", "clemence@vienne.test", "c.chevalier", withPassword: false);
        }
    }

    [Theory]
    [InlineData("chevalier")]
    [InlineData("CHEVALIER")]
    [InlineData("anais")]
    [InlineData("Anaïs")]
    [InlineData("a.cheval")]
    [InlineData("anais.c@exemple")]
    [InlineData("clemence")]
    [InlineData("Hugo Chevalier")]
    [InlineData("  hugo   anaïs ")]
    public async Task Finds_a_family_by_any_part_of_its_names_login_email_or_children(string search)
    {
        var list = await app.ListAsync(search);

        list.Items.Select(i => i.FamilyId).ShouldBe([app.Chevalier.FamilyId]);
        list.Total.ShouldBe(1);
    }

    [Fact]
    public async Task Finds_a_family_by_its_second_guardian()
    {
        var list = await app.ListAsync("aubry");

        var row = list.Items.ShouldHaveSingleItem();
        row.FamilyId.ShouldBe(app.Ngoma.FamilyId);
        row.Guardians.Select(g => g.Login).ShouldBe(["b.ngoma", "e.aubry"]);
        row.Children.ShouldHaveSingleItem().FirstName.ShouldBe("Maël");
    }

    [Fact]
    public async Task Every_word_must_match()
    {
        (await app.ListAsync("hugo zeller")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Sees_only_its_own_towns_families()
    {
        var list = await app.ListAsync(null);

        list.Total.ShouldBe(3);
        list.Items.Select(i => i.Name).ShouldBe(["Chevalier", "Ngoma", "Zeller"]);
        (await app.ListAsync("clemence", tenant: "vienne")).Items.ShouldHaveSingleItem().Guardians.Single().Login.ShouldBe("c.chevalier");
    }

    [Fact]
    public async Task Sorts_by_name_guardian_or_number_of_children_either_way()
    {
        async Task<IEnumerable<string>> Names(string sort) => (await app.ListAsync(null, sort: sort)).Items.Select(i => i.Name);

        (await Names("-name")).ShouldBe(["Zeller", "Ngoma", "Chevalier"]);
        (await Names("guardian")).ShouldBe(["Ngoma", "Chevalier", "Zeller"]);
        (await Names("-children")).ShouldBe(["Chevalier", "Ngoma", "Zeller"]);
        (await Names("children")).ShouldBe(["Zeller", "Ngoma", "Chevalier"]);
        (await Names("'; drop table x; --")).ShouldBe(["Chevalier", "Ngoma", "Zeller"]);
    }

    [Fact]
    public async Task Pages_through_the_list_and_shows_the_last_page_for_a_page_beyond_it()
    {
        var first = await app.ListAsync(null, pageSize: 2);
        var second = await app.ListAsync(null, page: 2, pageSize: 2);
        var beyond = await app.ListAsync(null, page: 40, pageSize: 2);

        (first.Total, first.PageCount, first.Page).ShouldBe((3, 2, 1));
        first.Items.Select(i => i.Name).ShouldBe(["Chevalier", "Ngoma"]);
        second.Items.Select(i => i.Name).ShouldBe(["Zeller"]);
        beyond.Page.ShouldBe(2);
        beyond.Items.Select(i => i.Name).ShouldBe(["Zeller"]);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Wildcards_typed_in_the_search_match_only_themselves(string search)
    {
        (await app.ListAsync(search)).Total.ShouldBe(0);
    }
}

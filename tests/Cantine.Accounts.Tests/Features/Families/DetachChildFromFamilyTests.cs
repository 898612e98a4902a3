using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.DetachChildFromFamily;
using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>A child of separated parents leaves one of its two homes; it never ends up without one.</summary>
public sealed class DetachChildFromFamilyTests(FamiliesApp app) : IClassFixture<FamiliesApp>
{
    private async Task<(TestFamily Mother, TestFamily Father, Guid ChildId)> SharedChildAsync(string childName)
    {
        var mother = await Seed.FamilyWithGuardianAsync(app, "lyon", "Claire", "Morel", withPassword: false);
        var father = await Seed.FamilyWithGuardianAsync(app, "lyon", "Simon", "Faure", withPassword: false);
        var childId = await app.ChildAsync(mother.FamilyId, childName, "Faure");
        (await app.SendAsync("lyon", s => s.Send(new AttachChildToFamilyCommand(childId, father.FamilyId)))).ShouldSucceed();
        return (mother, father, childId);
    }

    [Fact]
    public async Task The_shared_child_shows_its_other_family_and_is_in_both_rows_of_the_list()
    {
        var (mother, father, childId) = await SharedChildAsync("Timéo");

        (await app.DetailAsync(mother.FamilyId))!.Children.Single().OtherFamilies.ShouldBe([new(father.FamilyId, "Faure")]);
        (await app.ListAsync("timeo")).Items.Select(i => i.FamilyId).ShouldBe([father.FamilyId, mother.FamilyId], ignoreOrder: true);
    }

    [Fact]
    public async Task Detaching_removes_the_child_from_that_family_only_and_publishes_it()
    {
        var (mother, father, childId) = await SharedChildAsync("Axel");

        var (result, messages) = await app.SendTrackedAsync("lyon", s => s.Send(new DetachChildFromFamilyCommand(childId, father.FamilyId)));

        result.ShouldSucceed();
        Published.Of<ChildDetachedFromFamilyIntegrationEvent>(messages).ShouldHaveSingleItem()
            .ShouldBe(new ChildDetachedFromFamilyIntegrationEvent("lyon", childId, father.FamilyId));
        (await app.DetailAsync(father.FamilyId))!.Children.ShouldBeEmpty();
        (await app.DetailAsync(mother.FamilyId))!.Children.Single().OtherFamilies.ShouldBeEmpty();
        (await app.SendAsync("lyon", s => s.Send(new GetFamilyHomeQuery(father.FamilyId))))!.Children.ShouldBeEmpty();
        (await app.ListAsync("axel")).Items.ShouldHaveSingleItem().FamilyId.ShouldBe(mother.FamilyId);
    }

    [Fact]
    public async Task Refuses_to_detach_a_child_from_its_only_family()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Iris", "Noël", withPassword: false);
        var childId = await app.ChildAsync(family.FamilyId, "Ambre", "Noël");

        var result = await app.SendAsync("lyon", s => s.Send(new DetachChildFromFamilyCommand(childId, family.FamilyId)));

        result.ShouldBeRefused("ChildOnlyFamily", "FamilyId").Message.ShouldContain("qu'à cette famille");
        (await app.DetailAsync(family.FamilyId))!.Children.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Refuses_a_family_the_child_is_not_in_and_another_towns_child()
    {
        var (_, _, childId) = await SharedChildAsync("Nolan");
        var stranger = await Seed.FamilyWithGuardianAsync(app, "lyon", "Luc", "Henry", withPassword: false);

        (await app.SendAsync("lyon", s => s.Send(new DetachChildFromFamilyCommand(childId, stranger.FamilyId)))).ShouldBeRefused("ChildNotInFamily", "FamilyId");
        (await app.SendAsync("vienne", s => s.Send(new DetachChildFromFamilyCommand(childId, stranger.FamilyId)))).ShouldBeRefused("ChildNotFound", "ChildId");
    }
}

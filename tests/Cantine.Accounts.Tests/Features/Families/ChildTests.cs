using Cantine.Accounts.Contracts.AddChild;
using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Accounts.Contracts.ChangeChildDetails;
using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>Staff add a child with its care notes, edit its details (published) and its care notes (staff only).</summary>
public sealed class ChildTests(FamiliesApp app) : IClassFixture<FamiliesApp>
{
    [Fact]
    public async Task Adds_a_child_with_school_class_and_care_notes_in_one_go()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Sarah", "Meyer", withPassword: false);

        var (result, messages) = await app.SendTrackedAsync("lyon", s => s.Send(new AddChildCommand(
            family.FamilyId, "Louis", "Meyer", new DateOnly(2016, 9, 12), "École Jean Macé", "CM1", "Arachide", true, "Récupéré par sa grand-mère le jeudi")));

        var childId = result.ShouldSucceed();
        var child = (await app.DetailAsync(family.FamilyId))!.Children.ShouldHaveSingleItem();
        child.ShouldBe(child with
        {
            ChildId = childId,
            FirstName = "Louis",
            LastName = "Meyer",
            BirthDate = new DateOnly(2016, 9, 12),
            School = "École Jean Macé",
            Class = "CM1",
            Allergies = "Arachide",
            HasPai = true,
            StaffNotes = "Récupéré par sa grand-mère le jeudi",
        });
        child.OtherFamilies.ShouldBeEmpty();
        Published.Of<ChildRegisteredIntegrationEvent>(messages).ShouldHaveSingleItem().ChildId.ShouldBe(childId);
        (await app.ListAsync("louis meyer")).Items.ShouldHaveSingleItem().Children.ShouldHaveSingleItem().ChildId.ShouldBe(childId);
    }

    [Fact]
    public async Task Refuses_a_missing_birth_date_and_school()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Anna", "Vidal", withPassword: false);

        var result = await app.SendAsync("lyon", s => s.Send(new AddChildCommand(family.FamilyId, "Lou", "Vidal", default, "", "CP")));

        result.Errors.Select(e => e.Field).ShouldBe(["BirthDate", "School"], ignoreOrder: true);
        result.Errors.Single(e => e.Field == "BirthDate").Message.ShouldContain("date de naissance");
        (await app.DetailAsync(family.FamilyId))!.Children.ShouldBeEmpty();
    }

    [Fact]
    public async Task Changing_the_details_publishes_them_and_updates_the_list()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Hélène", "Dupuis", withPassword: false);
        var childId = await app.ChildAsync(family.FamilyId, "Gabin", "Dupuis");

        var (result, messages) = await app.SendTrackedAsync("lyon", s => s.Send(
            new ChangeChildDetailsCommand(childId, "Gabriel", "Dupuis", new DateOnly(2017, 5, 3), "École Berthelot", "CE2")));

        result.ShouldSucceed();
        Published.Of<ChildDetailsChangedIntegrationEvent>(messages).ShouldHaveSingleItem()
            .ShouldBe(new ChildDetailsChangedIntegrationEvent("lyon", childId, "Gabriel", "Dupuis", "École Berthelot", "CE2"));
        var child = (await app.DetailAsync(family.FamilyId))!.Children.Single();
        (child.FirstName, child.BirthDate, child.School, child.Class).ShouldBe(("Gabriel", new DateOnly(2017, 5, 3), "École Berthelot", "CE2"));
        (await app.ListAsync("gabriel dupuis")).Total.ShouldBe(1);
        (await app.ListAsync("gabin")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Saving_unchanged_details_publishes_nothing()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Joël", "Caron", withPassword: false);
        var childId = await app.ChildAsync(family.FamilyId, "Mia", "Caron");

        var (result, messages) = await app.SendTrackedAsync("lyon", s => s.Send(
            new ChangeChildDetailsCommand(childId, "Mia", "Caron", new DateOnly(2017, 4, 1), "École A", "CE1")));

        result.ShouldSucceed();
        Published.Of<ChildDetailsChangedIntegrationEvent>(messages).ShouldBeEmpty();
    }

    [Fact]
    public async Task Care_notes_are_kept_for_staff_and_never_reach_the_family_home()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Marc", "Leroy", withPassword: false);
        var childId = await app.ChildAsync(family.FamilyId, "Nina", "Leroy");

        (await app.SendAsync("lyon", s => s.Send(new ChangeChildCareNotesCommand(childId, "Gluten", true, "PAI signé en septembre")))).ShouldSucceed();

        var child = (await app.DetailAsync(family.FamilyId))!.Children.Single();
        (child.Allergies, child.HasPai, child.StaffNotes).ShouldBe(("Gluten", true, "PAI signé en septembre"));
        var home = (await app.SendAsync("lyon", s => s.Send(new GetFamilyHomeQuery(family.FamilyId))))!;
        home.ToString().ShouldNotContain("Gluten");
        home.Children.Single().Detail.ShouldNotContain("PAI");
    }

    [Fact]
    public async Task Another_town_cannot_change_the_child()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Paul", "Lucas", withPassword: false);
        var childId = await app.ChildAsync(family.FamilyId, "Lina", "Lucas");

        (await app.SendAsync("vienne", s => s.Send(new ChangeChildCareNotesCommand(childId, "Rien", false, null)))).ShouldBeRefused("ChildNotFound", "ChildId");
        (await app.SendAsync("vienne", s => s.Send(new ChangeChildDetailsCommand(childId, "X", "Y", new DateOnly(2017, 1, 1), "Z", "")))).ShouldBeRefused("ChildNotFound", "ChildId");
        (await app.SendAsync("vienne", s => s.Send(new AddChildCommand(family.FamilyId, "X", "Y", new DateOnly(2017, 1, 1), "Z", "")))).ShouldBeRefused("FamilyNotFound", "FamilyId");

        (await app.DetailAsync(family.FamilyId))!.Children.Single().FirstName.ShouldBe("Lina");
    }
}

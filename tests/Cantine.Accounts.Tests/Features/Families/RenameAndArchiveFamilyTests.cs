using Cantine.Accounts.Contracts.AddChild;
using Cantine.Accounts.Contracts.ArchiveFamily;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.RenameFamily;

namespace Cantine.Accounts.Tests.Features.Families;

/// <summary>Renaming a family, and archiving one that left the service (published to the other modules).</summary>
public sealed class RenameAndArchiveFamilyTests(FamiliesApp app) : IClassFixture<FamiliesApp>
{
    [Fact]
    public async Task Renaming_changes_the_detail_and_the_list()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Inès", "Garnier", withPassword: false);

        (await app.SendAsync("lyon", s => s.Send(new RenameFamilyCommand(family.FamilyId, "Garnier-Moreau")))).ShouldSucceed();

        (await app.DetailAsync(family.FamilyId))!.Name.ShouldBe("Garnier-Moreau");
        (await app.ListAsync("moreau")).Items.ShouldHaveSingleItem().Name.ShouldBe("Garnier-Moreau");
    }

    [Fact]
    public async Task Refuses_an_empty_name_and_an_unknown_family()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Yanis", "Brun", withPassword: false);

        (await app.SendAsync("lyon", s => s.Send(new RenameFamilyCommand(family.FamilyId, "  ")))).ShouldBeRefused("Required", "Name");
        (await app.SendAsync("lyon", s => s.Send(new RenameFamilyCommand(Guid.NewGuid(), "Brun")))).ShouldBeRefused("FamilyNotFound", "FamilyId");
        (await app.DetailAsync(family.FamilyId))!.Name.ShouldBe("Brun");
    }

    [Fact]
    public async Task Archiving_publishes_once_and_hides_the_family_from_the_default_list()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Rose", "Aubert", withPassword: false);

        var (result, messages) = await app.SendTrackedAsync("lyon", s => s.Send(new ArchiveFamilyCommand(family.FamilyId)));
        var (again, secondMessages) = await app.SendTrackedAsync("lyon", s => s.Send(new ArchiveFamilyCommand(family.FamilyId)));

        result.ShouldSucceed();
        again.ShouldSucceed();
        Published.Of<FamilyArchivedIntegrationEvent>(messages).ShouldHaveSingleItem().ShouldBe(new FamilyArchivedIntegrationEvent("lyon", family.FamilyId));
        Published.Of<FamilyArchivedIntegrationEvent>(secondMessages).ShouldBeEmpty();
        (await app.DetailAsync(family.FamilyId))!.IsArchived.ShouldBeTrue();
        (await app.ListAsync("aubert")).Total.ShouldBe(0);
        (await app.ListAsync("aubert", includeArchived: true)).Items.ShouldHaveSingleItem().IsArchived.ShouldBeTrue();
    }

    [Fact]
    public async Task No_child_can_be_added_to_an_archived_family()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Noé", "Perrin", withPassword: false);
        (await app.SendAsync("lyon", s => s.Send(new ArchiveFamilyCommand(family.FamilyId)))).ShouldSucceed();

        var result = await app.SendAsync("lyon", s => s.Send(new AddChildCommand(family.FamilyId, "Léo", "Perrin", new DateOnly(2018, 1, 2), "École B", "CP")));

        result.ShouldBeRefused("FamilyArchived", "FamilyId");
    }

    [Fact]
    public async Task Another_town_cannot_rename_or_archive_the_family()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Eva", "Colin", withPassword: false);

        (await app.SendAsync("vienne", s => s.Send(new RenameFamilyCommand(family.FamilyId, "Piratée")))).ShouldBeRefused("FamilyNotFound");
        (await app.SendAsync("vienne", s => s.Send(new ArchiveFamilyCommand(family.FamilyId)))).ShouldBeRefused("FamilyNotFound");

        var detail = (await app.DetailAsync(family.FamilyId))!;
        detail.Name.ShouldBe("Colin");
        detail.IsArchived.ShouldBeFalse();
        (await app.DetailAsync(family.FamilyId, "vienne")).ShouldBeNull();
    }
}

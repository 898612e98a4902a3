using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class FamilyTests
{
    private static readonly Guid FamilyId = Guid.NewGuid();

    [Fact]
    public void Is_created_active_with_its_name_and_reference()
    {
        var family = Family.Create(new FamilyRegistered(FamilyId, "Famille Martin", "F-0042"));

        family.ShouldBe(new Family(FamilyId, "Famille Martin", "F-0042", IsArchived: false));
    }

    [Fact]
    public void May_be_created_without_an_external_reference()
    {
        Family.Create(new FamilyRegistered(FamilyId, "Famille Martin", null)).ExternalReference.ShouldBeNull();
    }

    [Fact]
    public void Takes_its_new_name_when_renamed()
    {
        var family = Family.Create(new FamilyRegistered(FamilyId, "Famille Martin", "F-0042"))
            .Apply(new FamilyRenamed(FamilyId, "Famille Martin-Durand"));

        family.Name.ShouldBe("Famille Martin-Durand");
        family.ExternalReference.ShouldBe("F-0042");
        family.IsArchived.ShouldBeFalse();
    }

    [Fact]
    public void Is_archived_when_archived()
    {
        var family = Family.Create(new FamilyRegistered(FamilyId, "Famille Martin", null)).Apply(new FamilyArchived(FamilyId));

        family.IsArchived.ShouldBeTrue();
        family.Name.ShouldBe("Famille Martin");
    }
}

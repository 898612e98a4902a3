using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given a family's events, when the staff act on it, then these events or this refusal (no database).</summary>
public sealed class FamilyDecisionsTests
{
    private static readonly Guid FamilyId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2030, 9, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly FamilyRegistered Registered = new(FamilyId, "Garnier", "F-001");

    [Fact]
    public void Registering_records_the_trimmed_name_and_reference()
    {
        FamilyDecisions.Decide(new RegisterFamily(FamilyId, "  Garnier ", " F-001 "), Now).ShouldAppend(Registered);
    }

    [Fact]
    public void Registering_without_a_reference_keeps_none()
    {
        FamilyDecisions.Decide(new RegisterFamily(FamilyId, "Garnier", null), Now).ShouldAppend(new FamilyRegistered(FamilyId, "Garnier", null));
    }

    [Fact]
    public void Renames_a_family()
    {
        FamilyDecisions.Decide(new RenameFamily(" Garnier-Moreau "), History.Of<Family>(Registered), Now)
            .ShouldAppend(new FamilyRenamed(FamilyId, "Garnier-Moreau"));
    }

    [Fact]
    public void Renaming_to_the_same_name_changes_nothing()
    {
        FamilyDecisions.Decide(new RenameFamily("Garnier "), History.Of<Family>(Registered), Now).ShouldChangeNothing();
    }

    [Fact]
    public void Renames_an_archived_family()
    {
        FamilyDecisions.Decide(new RenameFamily("Moreau"), History.Of<Family>(Registered, new FamilyArchived(FamilyId)), Now)
            .ShouldAppend(new FamilyRenamed(FamilyId, "Moreau"));
    }

    [Fact]
    public void Refuses_to_give_an_erased_family_a_name_again()
    {
        var erased = History.Of<Family>(Registered, new FamilyErased(FamilyId, Now.AddDays(-1), "Départ"));

        FamilyDecisions.Decide(new RenameFamily("Garnier"), erased, Now).ShouldRefuse("Erase.AlreadyErased");
    }

    [Fact]
    public void Refuses_to_rename_a_family_that_does_not_exist()
    {
        FamilyDecisions.Decide(new RenameFamily("Garnier"), History.Of<Family>(), Now).ShouldRefuse("FamilyNotFound", "FamilyId");
    }

    [Fact]
    public void Archives_a_family()
    {
        FamilyDecisions.Decide(new ArchiveFamily(), History.Of<Family>(Registered), Now).ShouldAppend(new FamilyArchived(FamilyId));
    }

    [Fact]
    public void Archiving_an_archived_family_again_changes_nothing()
    {
        FamilyDecisions.Decide(new ArchiveFamily(), History.Of<Family>(Registered, new FamilyArchived(FamilyId)), Now).ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_to_archive_a_family_that_does_not_exist()
    {
        FamilyDecisions.Decide(new ArchiveFamily(), History.Of<Family>(), Now).ShouldRefuse("FamilyNotFound", "FamilyId");
    }

    [Fact]
    public void Erases_a_family_at_the_time_with_the_trimmed_reason()
    {
        FamilyDecisions.Decide(new EraseFamily(" Départ de la commune "), History.Of<Family>(Registered, new FamilyArchived(FamilyId)), Now)
            .ShouldAppend(new FamilyErased(FamilyId, Now, "Départ de la commune"));
    }

    [Fact]
    public void Refuses_to_erase_a_family_twice()
    {
        var erased = History.Of<Family>(Registered, new FamilyErased(FamilyId, Now.AddDays(-1), "Départ"));

        FamilyDecisions.Decide(new EraseFamily("Départ"), erased, Now).ShouldRefuse("Erase.AlreadyErased");
    }

    [Fact]
    public void Refuses_to_erase_a_family_that_does_not_exist()
    {
        FamilyDecisions.Decide(new EraseFamily("Départ"), History.Of<Family>(), Now).ShouldRefuse("Erase.FamilyNotFound");
    }
}

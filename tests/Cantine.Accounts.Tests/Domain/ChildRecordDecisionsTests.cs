using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given a family's or a child's events, when the staff register a child or change its record, then these events or this refusal.</summary>
public sealed class ChildRecordDecisionsTests
{
    private static readonly Guid ChildId = Guid.NewGuid();
    private static readonly Guid FamilyId = Guid.NewGuid();
    private static readonly Guid OtherFamilyId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2030, 9, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly BirthDate = new(2018, 3, 14);
    private static readonly Family Family = History.Of<Family>(new FamilyRegistered(FamilyId, "Martin", null))!;
    private static readonly ChildRegistered Registered = new(ChildId, FamilyId, "Lou", "Martin", BirthDate, "École Jules Ferry", "CP");
    private static readonly Child Child = History.Of<Child>(Registered)!;

    private static RegisterChild Lou(string? allergies = null, bool hasPai = false, string? notes = null, string? reference = null) =>
        new(ChildId, " Lou ", " Martin ", BirthDate, " École Jules Ferry ", " CP ", allergies, hasPai, notes, reference);

    [Fact]
    public void Registers_a_child_trimmed_with_no_care_notes()
    {
        ChildDecisions.Decide(Lou(), Family, Now).ShouldAppend(Registered);
    }

    [Fact]
    public void Registers_a_child_with_its_care_notes_and_reference()
    {
        ChildDecisions.Decide(Lou(" Arachides ", true, " Trousse au bureau ", " E-042 "), Family, Now).ShouldAppend(
            Registered,
            new ChildCareNotesChanged(ChildId, "Arachides", true, "Trousse au bureau"),
            new ChildExternalReferenceSet(ChildId, "E-042"));
    }

    [Fact]
    public void Refuses_a_child_in_an_archived_family()
    {
        ChildDecisions.Decide(Lou(), Family.Apply(new FamilyArchived(FamilyId)), Now).ShouldRefuse("FamilyArchived", "FamilyId");
    }

    [Fact]
    public void Refuses_a_child_in_a_family_that_does_not_exist()
    {
        ChildDecisions.Decide(Lou(), null, Now).ShouldRefuse("FamilyNotFound", "FamilyId");
    }

    [Fact]
    public void Changes_the_details_trimmed()
    {
        ChildDecisions.Decide(new ChangeChildDetails(" Lou ", " Martin ", BirthDate, " École Jules Ferry ", " CE1 "), Child, Now)
            .ShouldAppend(new ChildDetailsChanged(ChildId, "Lou", "Martin", BirthDate, "École Jules Ferry", "CE1"));
    }

    [Fact]
    public void The_same_details_again_change_nothing()
    {
        ChildDecisions.Decide(new ChangeChildDetails("Lou", "Martin ", BirthDate, "École Jules Ferry", "CP"), Child, Now).ShouldChangeNothing();
    }

    [Fact]
    public void Changes_the_care_notes_and_takes_a_missing_note_for_an_empty_one()
    {
        var noted = Child.Apply(new ChildCareNotesChanged(ChildId, "Arachides", true, "Trousse au bureau"));

        ChildDecisions.Decide(new ChangeChildCareNotes(" Arachides ", false, null), noted, Now)
            .ShouldAppend(new ChildCareNotesChanged(ChildId, "Arachides", false, ""));
    }

    [Fact]
    public void The_same_care_notes_again_change_nothing()
    {
        ChildDecisions.Decide(new ChangeChildCareNotes(null, false, " "), Child, Now).ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_to_change_a_child_that_does_not_exist()
    {
        ChildDecisions.Decide(new ChangeChildDetails("Lou", "Martin", BirthDate, "École", "CP"), null, Now).ShouldRefuse("ChildNotFound", "ChildId");
        ChildDecisions.Decide(new ChangeChildCareNotes(null, true, null), null, Now).ShouldRefuse("ChildNotFound", "ChildId");
    }

    [Fact]
    public void A_child_whose_only_family_is_erased_is_erased_too()
    {
        ChildDecisions.Decide(new LeaveErasedFamily(FamilyId), Child, Now).ShouldAppend(new ChildErased(ChildId, FamilyId, Now));
    }

    [Fact]
    public void A_child_shared_with_another_family_is_only_detached_from_the_erased_one()
    {
        var shared = Child.Apply(new ChildAttachedToFamily(ChildId, OtherFamilyId));

        ChildDecisions.Decide(new LeaveErasedFamily(FamilyId), shared, Now).ShouldAppend(new ChildDetachedFromFamily(ChildId, FamilyId));
    }

    [Fact]
    public void A_child_of_another_family_is_left_alone_by_an_erasure()
    {
        ChildDecisions.Decide(new LeaveErasedFamily(OtherFamilyId), Child, Now).ShouldChangeNothing();
    }
}

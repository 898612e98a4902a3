using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>A child of separated parents may belong to two families, never more (SPEC §2).</summary>
public sealed class ChildDecisionsTests
{
    private static readonly Guid ChildId = Guid.NewGuid();
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();
    private static readonly Guid Third = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2030, 9, 2, 8, 0, 0, TimeSpan.Zero);

    private static Child Given(params object[] events)
    {
        var child = Child.Create((ChildRegistered)events[0]);
        foreach (var e in events.Skip(1))
        {
            child = e switch
            {
                ChildAttachedToFamily attached => child.Apply(attached),
                ChildDetachedFromFamily detached => child.Apply(detached),
                _ => throw new ArgumentException($"Unexpected event {e}"),
            };
        }

        return child;
    }

    private static ChildRegistered RegisteredIn(Guid familyId) =>
        new(ChildId, familyId, "Lou", "Martin", new DateOnly(2018, 3, 14), "École Jules Ferry", "CP");

    [Fact]
    public void Attaches_a_child_of_one_family_to_a_second_family()
    {
        var child = Given(RegisteredIn(First));

        ChildDecisions.Attach(child, Second).ShouldBeNull();
    }

    [Fact]
    public void Refuses_to_attach_a_child_to_the_family_it_already_belongs_to()
    {
        var child = Given(RegisteredIn(First));

        ChildDecisions.Attach(child, First).ShouldBe("ChildAlreadyInFamily");
    }

    [Fact]
    public void Refuses_a_third_family()
    {
        var child = Given(RegisteredIn(First), new ChildAttachedToFamily(ChildId, Second));

        ChildDecisions.Attach(child, Third).ShouldBe("ChildTooManyFamilies");
    }

    [Fact]
    public void Calls_a_repeated_attachment_a_duplicate_even_when_the_child_has_two_families()
    {
        var child = Given(RegisteredIn(First), new ChildAttachedToFamily(ChildId, Second));

        ChildDecisions.Attach(child, Second).ShouldBe("ChildAlreadyInFamily");
    }

    [Fact]
    public void Allows_a_new_second_family_once_the_child_left_the_previous_one()
    {
        var child = Given(
            RegisteredIn(First), new ChildAttachedToFamily(ChildId, Second), new ChildDetachedFromFamily(ChildId, Second));

        ChildDecisions.Attach(child, Third).ShouldBeNull();
    }

    [Fact]
    public void Detaches_a_child_from_one_of_its_two_families()
    {
        var child = Given(RegisteredIn(First), new ChildAttachedToFamily(ChildId, Second));

        ChildDecisions.Detach(child, First).ShouldBeNull();
        ChildDecisions.Detach(child, Second).ShouldBeNull();
    }

    [Fact]
    public void Refuses_to_leave_a_child_without_a_family()
    {
        ChildDecisions.Detach(Given(RegisteredIn(First)), First).ShouldBe("ChildOnlyFamily");
    }

    [Fact]
    public void Refuses_to_detach_from_a_family_the_child_is_not_in()
    {
        var child = Given(RegisteredIn(First), new ChildAttachedToFamily(ChildId, Second));

        ChildDecisions.Detach(child, Third).ShouldBe("ChildNotInFamily");
    }

    [Fact]
    public void Attaching_appends_the_attachment()
    {
        var second = History.Of<Family>(new FamilyRegistered(Second, "Moreau", null));

        ChildDecisions.Decide(new AttachChild(Second), Given(RegisteredIn(First)), second, Now)
            .ShouldAppend(new ChildAttachedToFamily(ChildId, Second));
    }

    [Fact]
    public void Attaching_to_a_third_family_is_refused_on_the_family_field()
    {
        var third = History.Of<Family>(new FamilyRegistered(Third, "Roux", null));
        var child = Given(RegisteredIn(First), new ChildAttachedToFamily(ChildId, Second));

        ChildDecisions.Decide(new AttachChild(Third), child, third, Now).ShouldRefuse("ChildTooManyFamilies", "FamilyId");
    }

    [Fact]
    public void Refuses_to_attach_a_child_or_to_a_family_that_does_not_exist()
    {
        var second = History.Of<Family>(new FamilyRegistered(Second, "Moreau", null));

        ChildDecisions.Decide(new AttachChild(Second), null, second, Now).ShouldRefuse("ChildNotFound", "ChildId");
        ChildDecisions.Decide(new AttachChild(Second), Given(RegisteredIn(First)), null, Now).ShouldRefuse("FamilyNotFound", "FamilyId");
    }

    [Fact]
    public void Detaching_appends_the_detachment()
    {
        var child = Given(RegisteredIn(First), new ChildAttachedToFamily(ChildId, Second));

        ChildDecisions.Decide(new DetachChild(First), child, Now).ShouldAppend(new ChildDetachedFromFamily(ChildId, First));
    }

    [Fact]
    public void Detaching_from_the_only_family_is_refused_on_the_family_field()
    {
        ChildDecisions.Decide(new DetachChild(First), Given(RegisteredIn(First)), Now).ShouldRefuse("ChildOnlyFamily", "FamilyId");
    }

    [Fact]
    public void Refuses_to_detach_a_child_that_does_not_exist()
    {
        ChildDecisions.Decide(new DetachChild(First), null, Now).ShouldRefuse("ChildNotFound", "ChildId");
    }
}

using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class ChildTests
{
    private static readonly Guid ChildId = Guid.NewGuid();
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    private static readonly ChildRegistered Registered =
        new(ChildId, First, "Lou", "Martin", new DateOnly(2018, 3, 14), "École Jules Ferry", "CP");

    [Fact]
    public void Is_created_in_the_family_that_registered_it()
    {
        var child = Child.Create(Registered);

        child.Id.ShouldBe(ChildId);
        child.FamilyIds.ShouldBe([First]);
        child.FirstName.ShouldBe("Lou");
        child.LastName.ShouldBe("Martin");
        child.BirthDate.ShouldBe(new DateOnly(2018, 3, 14));
        child.School.ShouldBe("École Jules Ferry");
        child.Class.ShouldBe("CP");
    }

    [Fact]
    public void Joins_a_second_family_and_keeps_the_first()
    {
        var child = Child.Create(Registered).Apply(new ChildAttachedToFamily(ChildId, Second));

        child.FamilyIds.ShouldBe([First, Second]);
    }

    [Fact]
    public void Leaves_a_family_and_stays_in_the_other()
    {
        var child = Child.Create(Registered)
            .Apply(new ChildAttachedToFamily(ChildId, Second))
            .Apply(new ChildDetachedFromFamily(ChildId, First));

        child.FamilyIds.ShouldBe([Second]);
    }

    [Fact]
    public void Leaving_a_family_it_is_not_in_changes_nothing()
    {
        var child = Child.Create(Registered).Apply(new ChildDetachedFromFamily(ChildId, Second));

        child.FamilyIds.ShouldBe([First]);
    }

    [Fact]
    public void Applying_an_event_leaves_the_previous_state_untouched()
    {
        var before = Child.Create(Registered);

        _ = before.Apply(new ChildAttachedToFamily(ChildId, Second));

        before.FamilyIds.ShouldBe([First]);
    }
}

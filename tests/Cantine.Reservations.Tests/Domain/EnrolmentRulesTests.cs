using Cantine.Reservations.Domain;
using static Cantine.Reservations.Tests.Domain.Given;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>Given a child's enrolment events, when staff enrol or unenrol it, then these events or this refusal.</summary>
public sealed class EnrolmentRulesTests
{
    private static readonly ChildCopy Hugo = new(Given.Hugo, [Martin], "Hugo", "Martin", "École Jules Ferry", "CM2");

    private static ChildEnrolments? GivenEvents(params object[] events) =>
        events.Length == 0 ? null : events.Skip(1).Aggregate(ChildEnrolments.Create((ChildEnrolled)events[0]), (s, e) => e switch
        {
            ChildEnrolled x => s.Apply(x),
            ChildUnenrolled x => s.Apply(x),
            _ => throw new ArgumentException(e.GetType().Name),
        });

    private static EnrolmentChange Enrol(Guid service) => new(Given.Hugo, service, Enrol: true);

    private static EnrolmentChange Unenrol(Guid service) => new(Given.Hugo, service, Enrol: false);

    [Fact]
    public void A_first_enrolment_is_an_event()
    {
        var decision = EnrolmentRules.Decide(Enrol(FirstService), Hugo, GivenEvents(), serviceExists: true);

        decision.Events.ShouldBe([new ChildEnrolled(Given.Hugo, FirstService)]);
    }

    [Fact]
    public void Enrolling_in_a_second_service_keeps_the_first()
    {
        var state = GivenEvents(new ChildEnrolled(Given.Hugo, FirstService));

        var decision = EnrolmentRules.Decide(Enrol(EveningCare), Hugo, state, serviceExists: true);

        decision.Events.ShouldBe([new ChildEnrolled(Given.Hugo, EveningCare)]);
        state!.Apply((ChildEnrolled)decision.Events[0]).ServiceIds.ShouldBe([FirstService, EveningCare]);
    }

    [Fact]
    public void Enrolling_twice_changes_nothing()
    {
        var decision = EnrolmentRules.Decide(Enrol(FirstService), Hugo, GivenEvents(new ChildEnrolled(Given.Hugo, FirstService)), serviceExists: true);

        decision.ShouldBe(EnrolmentDecision.Nothing);
    }

    [Fact]
    public void Enrolling_again_after_an_unenrolment_is_an_event()
    {
        var state = GivenEvents(new ChildEnrolled(Given.Hugo, FirstService), new ChildUnenrolled(Given.Hugo, FirstService));

        EnrolmentRules.Decide(Enrol(FirstService), Hugo, state, serviceExists: true).Events.ShouldBe([new ChildEnrolled(Given.Hugo, FirstService)]);
    }

    [Fact]
    public void Unenrolling_ends_only_that_enrolment()
    {
        var state = GivenEvents(new ChildEnrolled(Given.Hugo, FirstService), new ChildEnrolled(Given.Hugo, EveningCare));

        var decision = EnrolmentRules.Decide(Unenrol(FirstService), Hugo, state, serviceExists: true);

        decision.Events.ShouldBe([new ChildUnenrolled(Given.Hugo, FirstService)]);
        state!.Apply((ChildUnenrolled)decision.Events[0]).ServiceIds.ShouldBe([EveningCare]);
    }

    [Fact]
    public void Unenrolling_from_a_service_the_child_is_not_enrolled_in_changes_nothing()
    {
        EnrolmentRules.Decide(Unenrol(EveningCare), Hugo, GivenEvents(new ChildEnrolled(Given.Hugo, FirstService)), serviceExists: true)
            .ShouldBe(EnrolmentDecision.Nothing);
        EnrolmentRules.Decide(Unenrol(EveningCare), Hugo, GivenEvents(), serviceExists: true).ShouldBe(EnrolmentDecision.Nothing);
    }

    [Fact]
    public void An_unknown_service_is_refused()
    {
        var decision = EnrolmentRules.Decide(Enrol(Guid.NewGuid()), Hugo, GivenEvents(), serviceExists: false);

        (decision.RefusalKey, decision.RefusalField, decision.Events.Count).ShouldBe(("Service.NotFound", "ServiceId", 0));
    }

    [Fact]
    public void An_unknown_or_erased_child_cannot_be_enrolled()
    {
        EnrolmentRules.Decide(Enrol(FirstService), null, null, serviceExists: true).RefusalKey.ShouldBe("Child.NotFound");
        EnrolmentRules.Decide(Enrol(FirstService), Hugo with { Erased = true }, null, serviceExists: true).RefusalKey.ShouldBe("Child.NotFound");
    }

    [Fact]
    public void An_erased_child_enrolments_may_still_be_ended_but_an_unknown_child_is_refused()
    {
        var state = GivenEvents(new ChildEnrolled(Given.Hugo, FirstService));

        EnrolmentRules.Decide(Unenrol(FirstService), Hugo with { Erased = true }, state, serviceExists: true).Events.ShouldHaveSingleItem();
        EnrolmentRules.Decide(Unenrol(FirstService), null, state, serviceExists: true).RefusalKey.ShouldBe("Child.NotFound");
    }
}

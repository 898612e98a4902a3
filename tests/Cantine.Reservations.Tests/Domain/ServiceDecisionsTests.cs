using Cantine.Reservations.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Reservations.Tests.Domain.Given;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>Given a service's events and the town's other services, when staff create or change it, then these events or this refusal.</summary>
public sealed class ServiceDecisionsTests
{
    private static readonly ServicePrice FirstPrice = new(new DateOnly(2026, 9, 1), 320);

    private static readonly ServiceCreated Created = new(FirstService, "1er service", SchoolDays, true, BillingBasis.Bookings, FirstPrice);

    private static readonly DayOfWeek[] MondayTwice = [DayOfWeek.Monday, DayOfWeek.Monday, DayOfWeek.Thursday];

    private static Service? GivenService(params object[] events) => History.Of<Service>(events);

    [Fact]
    public void Creates_a_service_with_its_trimmed_name_its_days_once_each_and_its_first_price()
    {
        var decision = ServiceDecisions.Decide(
            new CreateService(FirstService, "  Garderie soir ", MondayTwice, false, BillingBasis.Attendance, FirstPrice), ["1er service"]);

        var created = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<ServiceCreated>();
        created.ShouldBe(created with { ServiceId = FirstService, Name = "Garderie soir", BookableByParents = false, BillingBasis = BillingBasis.Attendance, FirstPrice = FirstPrice });
        created.Days.ShouldBe([DayOfWeek.Monday, DayOfWeek.Thursday]);
        decision.IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void Refuses_to_create_a_service_under_a_name_already_taken()
    {
        ServiceDecisions.Decide(new CreateService(FirstService, " 1er service ", SchoolDays, true, BillingBasis.Bookings, FirstPrice), ["1er service"])
            .ShouldRefuse("Service.NameTaken", "Name");
    }

    [Fact]
    public void Names_differing_only_by_case_are_different_names()
    {
        ServiceDecisions.Decide(new CreateService(FirstService, "1ER SERVICE", SchoolDays, true, BillingBasis.Bookings, FirstPrice), ["1er service"])
            .IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void Changes_a_service()
    {
        var decision = ServiceDecisions.Decide(new ChangeService(" Déjeuner ", MondayTwice, false, BillingBasis.Attendance), GivenService(Created), ["Garderie soir"]);

        var changed = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<ServiceChanged>();
        changed.ServiceId.ShouldBe(FirstService);
        changed.Name.ShouldBe("Déjeuner");
        changed.Days.ShouldBe([DayOfWeek.Monday, DayOfWeek.Thursday]);
        changed.BookableByParents.ShouldBeFalse();
        changed.BillingBasis.ShouldBe(BillingBasis.Attendance);
    }

    [Fact]
    public void Keeping_its_own_name_is_no_conflict()
    {
        ServiceDecisions.Decide(new ChangeService("1er service", SchoolDays, true, BillingBasis.Bookings), GivenService(Created), ["Garderie soir"])
            .Events.ShouldHaveSingleItem().ShouldBeOfType<ServiceChanged>();
    }

    [Fact]
    public void Refuses_to_give_a_service_the_name_of_another()
    {
        ServiceDecisions.Decide(new ChangeService("Garderie soir", SchoolDays, true, BillingBasis.Bookings), GivenService(Created), ["Garderie soir"])
            .ShouldRefuse("Service.NameTaken", "Name");
    }

    [Fact]
    public void Refuses_to_change_a_service_that_does_not_exist()
    {
        ServiceDecisions.Decide(new ChangeService("Déjeuner", SchoolDays, true, BillingBasis.Bookings), GivenService(), [])
            .ShouldRefuse("Service.NotFound", "ServiceId");
    }

    [Fact]
    public void A_new_price_takes_effect_after_the_last_closed_day()
    {
        var price = new ServicePrice(new DateOnly(2026, 11, 9), 350);

        ServiceDecisions.Decide(new ChangeServicePrice(price), GivenService(Created), lastClosedDay: new DateOnly(2026, 11, 8))
            .ShouldAppend(new ServicePriceChanged(FirstService, price));
    }

    [Fact]
    public void A_new_price_is_free_to_start_any_day_before_any_period_is_closed()
    {
        var price = new ServicePrice(new DateOnly(2020, 1, 1), 350);

        ServiceDecisions.Decide(new ChangeServicePrice(price), GivenService(Created), lastClosedDay: null).ShouldAppend(new ServicePriceChanged(FirstService, price));
    }

    [Fact]
    public void Refuses_a_price_from_a_closed_day_on_naming_that_day()
    {
        var decision = ServiceDecisions.Decide(
            new ChangeServicePrice(new ServicePrice(new DateOnly(2026, 11, 8), 350)), GivenService(Created), lastClosedDay: new DateOnly(2026, 11, 8));

        decision.ShouldRefuse("Service.PriceInClosedPeriod", "EffectiveFrom");
        decision.Args.ShouldBe([new DateOnly(2026, 11, 8)]);
    }

    [Fact]
    public void Refuses_to_price_a_service_that_does_not_exist()
    {
        ServiceDecisions.Decide(new ChangeServicePrice(FirstPrice), GivenService(), null).ShouldRefuse("Service.NotFound", "ServiceId");
    }
}

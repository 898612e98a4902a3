using Cantine.Invoicing.Domain.Tariffs;

namespace Cantine.Invoicing.Tests.Settings;

/// <summary>Given a service's brackets, when staff set new ones from a date, then…</summary>
public sealed class TariffDecisionsTests
{
    private static readonly DateOnly Today = new(2027, 10, 20);
    private static readonly Guid Lunch = Guid.NewGuid();

    private static SetPriceBrackets Set(DateOnly from, params PriceBracket[] brackets) => new(Lunch, from, brackets, null);

    [Fact]
    public void Three_rising_brackets_ending_open_are_set_with_their_labels()
    {
        var decision = TariffDecisions.Decide(Set(new DateOnly(2027, 11, 1), new(500, 150), new(900, 250), new(null, 400)), null, Today);

        var tariff = ServiceTariff.Create(decision.Events.ShouldHaveSingleItem().ShouldBeOfType<PriceBracketsSet>());
        var schedule = tariff.On(new DateOnly(2027, 11, 5)).ShouldNotBeNull();
        Enumerable.Range(0, 3).Select(schedule.LabelOf).ShouldBe(["QF ≤ 500", "QF 501 à 900", "QF > 900"]);
        tariff.On(new DateOnly(2027, 10, 31)).ShouldBeNull();
    }

    [Fact]
    public void Brackets_must_rise()
    {
        TariffDecisions.Decide(Set(Today, new(900, 150), new(500, 250), new(null, 400)), null, Today).Refusal.ShouldBe("Tariffs.Ascending");
    }

    [Fact]
    public void The_last_bracket_must_be_open_and_the_only_open_one()
    {
        TariffDecisions.Decide(Set(Today, new PriceBracket(500, 150), new PriceBracket(900, 250)), null, Today).Refusal.ShouldBe("Tariffs.LastOpen");
        TariffDecisions.Decide(Set(Today, new PriceBracket(null, 150), new PriceBracket(null, 250)), null, Today).Refusal.ShouldBe("Tariffs.LastOpen");
    }

    [Fact]
    public void A_date_in_a_past_month_is_refused()
    {
        TariffDecisions.Decide(Set(new DateOnly(2027, 9, 30), new PriceBracket(null, 150)), null, Today).Refusal.ShouldBe("Tariffs.PastMonth");
    }

    [Fact]
    public void The_same_brackets_from_the_same_date_change_nothing()
    {
        var set = new PriceBracketsSet(ServiceTariff.IdFor(Lunch), Lunch, Today, [new(500, 150), new(null, 400)], null);

        TariffDecisions.Decide(Set(Today, new(500, 150), new(null, 400)), ServiceTariff.Create(set), Today).Events.ShouldBeEmpty();
    }
}

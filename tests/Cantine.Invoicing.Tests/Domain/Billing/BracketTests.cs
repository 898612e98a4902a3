using Cantine.Invoicing.Domain.Tariffs;
using static Cantine.Invoicing.Tests.Domain.Billing.BillingGiven;

namespace Cantine.Invoicing.Tests.Domain.Billing;

/// <summary>Lunch priced by quotient familial: 150 c up to 500 (inclusive), 250 c from 501 to 900, 400 c above 900.</summary>
public sealed class BracketTests
{
    [Theory]
    [InlineData(0, 150, "QF ≤ 500")]
    [InlineData(500, 150, "QF ≤ 500")]
    [InlineData(501, 250, "QF 501 à 900")]
    [InlineData(900, 250, "QF 501 à 900")]
    [InlineData(901, 400, "QF > 900")]
    public void A_valid_quotient_picks_its_bracket_bounds_included(int quotient, int price, string label)
    {
        var bill = new BillingGiven().ThreeLunchBrackets().Quotient(Durand, quotient, new DateOnly(2027, 9, 1), new DateOnly(2028, 8, 31))
            .Book(Durand, Leo, Lunch, 350, Nov(2), Nov(3)).BillOf(Durand);

        var line = bill.Lines.ShouldHaveSingleItem();
        (line.UnitPriceCents, line.AmountCents, line.Bracket).ShouldBe((price, 2 * price, label));
        bill.NoValidQuotient.ShouldBeFalse();
        bill.Anomalies.ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_valid_quotient_the_family_pays_the_highest_bracket_and_it_shows()
    {
        var bill = new BillingGiven().ThreeLunchBrackets().Quotient(Durand, 300, new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31))
            .Book(Durand, Leo, Lunch, 350, Nov(2)).BillOf(Durand);

        var line = bill.Lines.ShouldHaveSingleItem();
        (line.UnitPriceCents, line.Bracket).ShouldBe((400, TariffSchedule.NoQuotientLabel));
        bill.NoValidQuotient.ShouldBeTrue();
        bill.Anomalies.ShouldHaveSingleItem().ShouldContain("Léo Durand");
    }

    [Fact]
    public void A_quotient_expiring_mid_month_gives_a_bracket_line_then_a_highest_bracket_line()
    {
        var bill = new BillingGiven().ThreeLunchBrackets().Quotient(Durand, 450, new DateOnly(2027, 1, 1), Nov(15))
            .Book(Durand, Leo, Lunch, 350, Nov(12), Nov(15), Nov(16), Nov(17)).BillOf(Durand);

        bill.Lines.Select(l => (l.Quantity, l.UnitPriceCents, l.Bracket)).ShouldBe([(2, 150, "QF ≤ 500"), (2, 400, TariffSchedule.NoQuotientLabel)]);
        bill.TotalCents.ShouldBe(1100);
        bill.NoValidQuotient.ShouldBeTrue();
    }

    [Fact]
    public void A_new_quotient_mid_month_changes_the_bracket_from_its_first_day()
    {
        var bill = new BillingGiven().ThreeLunchBrackets()
            .Quotient(Durand, 950, new DateOnly(2027, 1, 1), Nov(14)).Quotient(Durand, 600, Nov(15), new DateOnly(2028, 6, 30))
            .Book(Durand, Leo, Lunch, 350, Nov(12), Nov(15)).BillOf(Durand);

        bill.Lines.Select(l => (l.UnitPriceCents, l.Bracket)).ShouldBe([(400, "QF > 900"), (250, "QF 501 à 900")]);
        bill.NoValidQuotient.ShouldBeFalse();
    }

    [Fact]
    public void A_service_without_brackets_bills_the_booked_unit_price_even_with_a_quotient()
    {
        var bill = new BillingGiven().ThreeLunchBrackets().Quotient(Durand, 450, new DateOnly(2027, 1, 1), new DateOnly(2028, 1, 1))
            .Book(Durand, Leo, Club, 200, Nov(2)).BillOf(Durand);

        (bill.Lines.Single().UnitPriceCents, bill.Lines.Single().Bracket).ShouldBe((200, (string?)null));
    }

    [Fact]
    public void Brackets_starting_mid_month_apply_from_that_day_and_the_unit_price_before()
    {
        var bill = new BillingGiven().Brackets(Lunch, Nov(15), new PriceBracket(500, 150), new PriceBracket(null, 400))
            .Quotient(Durand, 420, new DateOnly(2027, 1, 1), new DateOnly(2028, 1, 1))
            .Book(Durand, Leo, Lunch, 350, Nov(12), Nov(15)).BillOf(Durand);

        bill.Lines.Select(l => (l.UnitPriceCents, l.Bracket)).ShouldBe([(350, (string?)null), (150, "QF ≤ 500")]);
    }

    [Fact]
    public void Removing_the_brackets_returns_to_the_unit_price()
    {
        var bill = new BillingGiven().ThreeLunchBrackets().Brackets(Lunch, Nov(15))
            .Book(Durand, Leo, Lunch, 350, Nov(12), Nov(15)).BillOf(Durand);

        bill.Lines.Select(l => (l.UnitPriceCents, l.Bracket)).ShouldBe([(400, TariffSchedule.NoQuotientLabel), (350, (string?)null)]);
    }
}

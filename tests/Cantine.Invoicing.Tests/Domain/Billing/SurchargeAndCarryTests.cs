using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Settings;
using static Cantine.Invoicing.Tests.Domain.Billing.BillingGiven;

namespace Cantine.Invoicing.Tests.Domain.Billing;

/// <summary>An unbooked presence costs the day's price plus the town's surcharge; a bill under the minimum is carried.</summary>
public sealed class SurchargeAndCarryTests
{
    private static BillingGiven UnbookedOn10November(SurchargeKind kind, int value)
    {
        var given = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(8)).Mark(Leo, Lunch, Nov(10), MarkStatus.PresentUnbooked);
        given.Rules = given.Rules with { SurchargeKind = kind, SurchargeValue = value };
        return given;
    }

    [Fact]
    public void An_unbooked_presence_without_surcharge_costs_the_days_price()
    {
        var bill = UnbookedOn10November(SurchargeKind.None, 0).BillOf(Durand);

        bill.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2);
        bill.TotalCents.ShouldBe(700);
    }

    [Fact]
    public void An_amount_surcharge_adds_a_line_per_unbooked_day()
    {
        var bill = UnbookedOn10November(SurchargeKind.Amount, 100).Mark(Leo, Lunch, Nov(12), MarkStatus.PresentUnbooked).BillOf(Durand);

        bill.Lines.Select(l => (l.Description, l.Quantity, l.UnitPriceCents, l.AmountCents))
            .ShouldBe([("Cantine du midi", 3, 350, 1050), (BillingWords.Surcharge, 2, 100, 200)]);
        bill.TotalCents.ShouldBe(1250);
    }

    [Theory]
    [InlineData(350, 15, 53)] // 52.5 → 53: half away from zero
    [InlineData(333, 10, 33)] // 33.3 → 33
    [InlineData(345, 10, 35)] // 34.5 → 35
    [InlineData(350, 0, 0)]
    public void A_percent_surcharge_is_rounded_half_up_per_day(int price, int percent, int surcharge)
    {
        var given = new BillingGiven().Mark(Leo, Lunch, Nov(10), MarkStatus.PresentUnbooked).Mark(Leo, Lunch, Nov(12), MarkStatus.PresentUnbooked);
        given.Services[0] = given.Services[0] with { Prices = [new(new DateOnly(2027, 9, 1), price)] };
        given.Rules = given.Rules with { SurchargeKind = SurchargeKind.Percent, SurchargeValue = percent };

        var bill = given.BillOf(Durand);

        bill.TotalCents.ShouldBe(2 * (price + surcharge));
        bill.Lines.Where(l => l.Description == BillingWords.Surcharge).Sum(l => l.Quantity).ShouldBe(surcharge == 0 ? 0 : 2);
    }

    [Fact]
    public void An_unbooked_presence_is_billed_to_the_family_that_booked_the_child_most_recently_that_month()
    {
        var bills = new BillingGiven().Book(Durand, Jade, Lunch, 350, Nov(2)).Book(Roux, Jade, Lunch, 350, Nov(8))
            .Mark(Jade, Lunch, Nov(10), MarkStatus.PresentUnbooked).Compute();

        bills.Single(b => b.FamilyId == Roux).Lines.Single().Quantity.ShouldBe(2);
        bills.Single(b => b.FamilyId == Durand).Lines.Single().Quantity.ShouldBe(1);
    }

    [Fact]
    public void An_unbooked_presence_of_a_child_nobody_booked_is_billed_to_its_first_family()
    {
        var given = new BillingGiven().Mark(Jade, Lunch, Nov(10), MarkStatus.PresentUnbooked);
        given.Children[0] = given.Children[0] with { FamilyIds = [Roux, Durand] };

        given.Compute().ShouldHaveSingleItem().FamilyId.ShouldBe(Roux);
    }

    [Fact]
    public void A_bill_under_the_minimum_is_flagged_then_carried_into_the_next_month()
    {
        var october = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(2), Nov(3));
        october.Rules = october.Rules with { MinimumInvoiceCents = 1500 };
        var first = october.BillOf(Durand);
        (first.TotalCents, first.BelowMinimum).ShouldBe((700, true));

        var next = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(8), Nov(9), Nov(10)).Carried(Durand, first.TotalCents);
        next.Rules = october.Rules;
        var bill = next.BillOf(Durand);

        bill.Lines.Select(l => (l.Description, l.AmountCents)).ShouldBe([("Cantine du midi", 1050), (BillingWords.Carried, 700)]);
        (bill.TotalCents, bill.BelowMinimum).ShouldBe((1750, false));
    }

    [Fact]
    public void A_carried_amount_alone_makes_a_bill()
    {
        var bill = new BillingGiven().Carried(Roux, 420).Compute().ShouldHaveSingleItem();

        (bill.FamilyId, bill.TotalCents, bill.Lines.Single().ChildId).ShouldBe((Roux, 420, (Guid?)null));
    }

    [Fact]
    public void The_minimum_is_zero_by_default_so_any_bill_is_issued()
    {
        new BillingGiven().Book(Durand, Leo, Lunch, 1, Nov(2)).BillOf(Durand).BelowMinimum.ShouldBeFalse();
    }
}

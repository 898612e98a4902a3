using Cantine.Invoicing.Domain.Copies;
using static Cantine.Invoicing.Tests.Domain.Billing.BillingGiven;

namespace Cantine.Invoicing.Tests.Domain.Billing;

/// <summary>Lunch bills the booked days, at the price Reservations had in force each day.</summary>
public sealed class BookingsBasisTests
{
    [Fact]
    public void A_month_with_a_bank_holiday_bills_exactly_the_booked_days_whatever_the_weekday()
    {
        // Thursday 11 November is a bank holiday: nothing booked that day. Saturday 13 is booked (a holiday camp): billed.
        var bill = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(8), Nov(9), Nov(10), Nov(12), Nov(13)).BillOf(Durand);

        var line = bill.Lines.ShouldHaveSingleItem();
        (line.ChildName, line.ServiceName, line.Quantity, line.UnitPriceCents, line.AmountCents, line.Bracket).ShouldBe(("Léo Durand", "Cantine du midi", 5, 350, 1750, (string?)null));
        bill.TotalCents.ShouldBe(1750);
        (bill.Month, bill.NoValidQuotient, bill.BelowMinimum).ShouldBe((November, false, false));
        bill.Anomalies.ShouldBeEmpty();
    }

    [Fact]
    public void A_price_change_mid_month_gives_two_lines()
    {
        var bill = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(2), Nov(3)).Book(Durand, Leo, Lunch, 380, Nov(16), Nov(17), Nov(18)).BillOf(Durand);

        bill.Lines.Select(l => (l.Quantity, l.UnitPriceCents, l.AmountCents)).ShouldBe([(2, 350, 700), (3, 380, 1140)]);
        bill.TotalCents.ShouldBe(1840);
    }

    [Fact]
    public void Days_of_other_months_and_cancelled_days_are_not_billed()
    {
        var bill = new BillingGiven()
            .Book(Durand, Leo, Lunch, 350, new DateOnly(2027, 10, 29), Nov(2), Nov(3), Nov(4), new DateOnly(2027, 12, 1))
            .Cancel(Durand, Leo, Lunch, Nov(3))
            .BillOf(Durand);

        bill.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2);
    }

    [Fact]
    public void A_day_cancelled_then_booked_again_is_billed_once()
    {
        var bill = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(2)).Cancel(Durand, Leo, Lunch, Nov(2)).Book(Durand, Leo, Lunch, 350, Nov(2)).BillOf(Durand);

        bill.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(1);
    }

    [Fact]
    public void Separated_parents_are_each_billed_the_days_they_booked()
    {
        var bills = new BillingGiven().Book(Durand, Jade, Lunch, 350, Nov(2), Nov(3)).Book(Roux, Jade, Lunch, 350, Nov(8), Nov(9), Nov(10)).Compute();

        bills.Select(b => (b.FamilyId, b.Lines.Single().Quantity, b.TotalCents)).OrderBy(b => b.TotalCents).ShouldBe([(Durand, 2, 700), (Roux, 3, 1050)]);
    }

    [Fact]
    public void A_day_both_parents_booked_is_billed_once_to_the_first_who_booked_it()
    {
        var bills = new BillingGiven().Book(Roux, Jade, Lunch, 350, Nov(2), Nov(3)).Book(Durand, Jade, Lunch, 350, Nov(3), Nov(4)).Compute();

        bills.Single(b => b.FamilyId == Roux).Lines.Single().Quantity.ShouldBe(2);
        bills.Single(b => b.FamilyId == Durand).Lines.Single().Quantity.ShouldBe(1);
    }

    [Fact]
    public void A_justified_absence_is_not_billed_and_an_unjustified_one_is()
    {
        var bill = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(2), Nov(3), Nov(4))
            .Mark(Leo, Lunch, Nov(2), MarkStatus.AbsentJustified).Mark(Leo, Lunch, Nov(3), MarkStatus.Absent).Mark(Leo, Lunch, Nov(4), MarkStatus.Present)
            .BillOf(Durand);

        bill.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(2);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void An_absence_signalled_by_the_family_is_billed_only_when_the_town_says_so(bool billSignalled, int billedDays)
    {
        var given = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(2), Nov(3)).Mark(Leo, Lunch, Nov(2), MarkStatus.Absent, signalled: true);
        given.Rules = given.Rules with { BillSignalledAbsences = billSignalled };

        given.BillOf(Durand).Lines.ShouldHaveSingleItem().Quantity.ShouldBe(billedDays);
    }

    [Fact]
    public void A_family_with_every_day_justified_has_no_bill()
    {
        var bills = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(2)).Mark(Leo, Lunch, Nov(2), MarkStatus.AbsentJustified).Compute();

        bills.ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_families_asked_for_are_computed()
    {
        var bills = new BillingGiven().Book(Durand, Leo, Lunch, 350, Nov(2)).Book(Roux, Jade, Lunch, 350, Nov(3)).Compute(only: new HashSet<Guid> { Roux });

        bills.ShouldHaveSingleItem().FamilyId.ShouldBe(Roux);
    }
}

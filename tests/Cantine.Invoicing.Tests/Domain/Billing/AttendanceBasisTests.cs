using Cantine.Invoicing.Domain.Copies;
using static Cantine.Invoicing.Tests.Domain.Billing.BillingGiven;

namespace Cantine.Invoicing.Tests.Domain.Billing;

/// <summary>The evening club bills the days present; a booked day the sheet left unmarked (or not validated) is billed as booked.</summary>
public sealed class AttendanceBasisTests
{
    [Fact]
    public void Present_and_unmarked_booked_days_are_billed_absences_are_not()
    {
        var bill = new BillingGiven().Book(Durand, Leo, Club, 200, Nov(2), Nov(3), Nov(4), Nov(5), Nov(8))
            .Mark(Leo, Club, Nov(2), MarkStatus.Present)
            .Mark(Leo, Club, Nov(3), MarkStatus.Absent)
            .Mark(Leo, Club, Nov(4), MarkStatus.AbsentJustified)
            .Mark(Leo, Club, Nov(5), MarkStatus.NotMarked)
            .BillOf(Durand);

        // 2 present, 5 not marked, 8 without a validated sheet.
        bill.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(3);
        bill.TotalCents.ShouldBe(600);
    }

    [Fact]
    public void The_same_unjustified_absence_is_billed_on_bookings_but_not_on_attendance()
    {
        var bills = new BillingGiven()
            .Book(Durand, Leo, Lunch, 350, Nov(2)).Book(Durand, Leo, Club, 200, Nov(2))
            .Mark(Leo, Lunch, Nov(2), MarkStatus.Absent).Mark(Leo, Club, Nov(2), MarkStatus.Absent)
            .BillOf(Durand);

        bills.Lines.ShouldHaveSingleItem().ServiceName.ShouldBe("Cantine du midi");
    }

    [Fact]
    public void A_corrected_mark_replaces_the_earlier_one()
    {
        var bill = new BillingGiven().Book(Durand, Leo, Club, 200, Nov(2), Nov(3))
            .Mark(Leo, Club, Nov(2), MarkStatus.Present).Mark(Leo, Club, Nov(2), MarkStatus.AbsentJustified)
            .BillOf(Durand);

        bill.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(1);
    }
}

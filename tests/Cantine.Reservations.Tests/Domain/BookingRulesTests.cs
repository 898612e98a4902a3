using Cantine.Reservations.Domain;
using static Cantine.Reservations.Tests.Domain.Given;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>Given what is booked, when the form ticks these boxes, then these cells are booked and cancelled, or nothing at all.</summary>
public sealed class BookingRulesTests
{
    [Fact]
    public void Books_the_newly_ticked_boxes_and_cancels_the_unticked_ones()
    {
        BookedCell[] current = [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 3)];

        var change = BookingRules.Decide(Situation(), current, [Cell(Emma, FirstService, 3), Cell(Hugo, FirstService, 5)], BeforeDeadline);

        change.IsRefused.ShouldBeFalse();
        change.Booked.ShouldBe([Cell(Hugo, FirstService, 5)]);
        change.Cancelled.ShouldBe([Cell(Emma, FirstService, 2)]);
    }

    [Fact]
    public void The_same_boxes_again_change_nothing()
    {
        BookedCell[] current = [Cell(Emma, FirstService, 2)];

        BookingRules.Decide(Situation(), current, current, BeforeDeadline).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Refuses_everything_one_second_after_the_deadline()
    {
        var deadline = Paris(new DateTime(2026, 10, 29, 23, 59, 0));

        var change = BookingRules.Decide(Situation(), [], [Cell(Emma, FirstService, 2)], deadline.AddSeconds(1));

        change.Refusal.ShouldBe(new BookingRefusal("Bookings.Late", Deadline: deadline));
        change.Booked.ShouldBeEmpty();
    }

    [Fact]
    public void Accepts_a_form_sent_at_the_deadline_itself()
    {
        var change = BookingRules.Decide(Situation(), [], [Cell(Emma, FirstService, 2)], Paris(new DateTime(2026, 10, 29, 23, 59, 0)));

        change.Booked.ShouldHaveSingleItem();
    }

    [Fact]
    public void Refuses_a_period_the_job_closed_even_before_its_deadline_by_the_current_rule()
    {
        BookingRules.Decide(Situation(closed: true), [], [Cell(Emma, FirstService, 2)], BeforeDeadline).Refusal!.Key.ShouldBe("Bookings.Late");
    }

    [Fact]
    public void Refuses_a_child_of_another_family_and_books_nothing_else()
    {
        var change = BookingRules.Decide(Situation(family: Leroy), [], [Cell(Emma, FirstService, 2), Cell(Hugo, FirstService, 2)], BeforeDeadline);

        change.Refusal!.Key.ShouldBe("Bookings.ChildNotInFamily");
        change.Refusal.Cell.ShouldBe(Cell(Hugo, FirstService, 2));
        change.Booked.ShouldBeEmpty();
    }

    [Fact]
    public void Refuses_a_service_the_child_is_not_enrolled_in()
    {
        BookingRules.Decide(Situation(), [], [Cell(Hugo, EveningCare, 2)], BeforeDeadline).Refusal!.Key.ShouldBe("Bookings.NotEnrolled");
    }

    [Fact]
    public void Refuses_an_unknown_service()
    {
        BookingRules.Decide(Situation(), [], [Cell(Hugo, Guid.NewGuid(), 2)], BeforeDeadline).Refusal!.Key.ShouldBe("Bookings.UnknownService");
    }

    [Fact]
    public void Refuses_a_service_parents_cannot_book_but_lets_staff_book_it()
    {
        BookingRules.Decide(Situation(), [], [Cell(Emma, EveningCare, 2)], BeforeDeadline).Refusal!.Key.ShouldBe("Bookings.NotBookableByParents");
        BookingRules.Decide(Situation(byStaff: true), [], [Cell(Emma, EveningCare, 2)], BeforeDeadline).Booked.ShouldHaveSingleItem();
    }

    [Fact]
    public void Refuses_a_closed_day()
    {
        var strike = new Closure(Guid.NewGuid(), "Grève", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 5), ClosureKind.ClosedDay);

        var change = BookingRules.Decide(Situation(calendar: Calendar(PeriodKind.Week, strike)), [], [Cell(Emma, FirstService, 5)], BeforeDeadline);

        change.Refusal!.Key.ShouldBe("Bookings.ClosedDay");
    }

    [Fact]
    public void Refuses_a_day_the_town_is_not_open()
    {
        BookingRules.Decide(Situation(), [], [Cell(Emma, FirstService, 4)], BeforeDeadline).Refusal!.Key.ShouldBe("Bookings.ClosedDay");
    }

    [Fact]
    public void Refuses_a_day_the_service_does_not_run()
    {
        BookingRules.Decide(Situation(byStaff: true), [], [Cell(Emma, EveningCare, 3)], BeforeDeadline).Refusal!.Key.ShouldBe("Bookings.ServiceNotRunning");
    }

    [Fact]
    public void Refuses_a_day_outside_the_period()
    {
        BookingRules.Decide(Situation(), [], [Cell(Emma, FirstService, 9)], BeforeDeadline).Refusal!.Key.ShouldBe("Bookings.OutsidePeriod");
    }

    [Fact]
    public void Refuses_a_day_the_other_family_already_holds_naming_it()
    {
        var held = new Dictionary<BookedCell, Guid> { [Cell(Emma, FirstService, 3)] = Leroy };

        var change = BookingRules.Decide(Situation(heldByOthers: held), [], [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 3)], BeforeDeadline);

        change.Refusal.ShouldBe(new BookingRefusal("Bookings.HeldByOtherFamily", Cell(Emma, FirstService, 3), OtherFamilyId: Leroy));
        change.Booked.ShouldBeEmpty();
    }

    [Fact]
    public void Each_family_books_the_shared_child_on_different_days()
    {
        var held = new Dictionary<BookedCell, Guid> { [Cell(Emma, FirstService, 3)] = Leroy };

        var change = BookingRules.Decide(Situation(heldByOthers: held), [], [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 5)], BeforeDeadline);

        change.Booked.Count.ShouldBe(2);
    }

    [Fact]
    public void Keeps_a_booking_on_a_day_closed_since_instead_of_cancelling_it()
    {
        var strike = new Closure(Guid.NewGuid(), "Grève", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 5), ClosureKind.ClosedDay);
        BookedCell[] current = [Cell(Emma, FirstService, 5)];

        var change = BookingRules.Decide(Situation(calendar: Calendar(PeriodKind.Week, strike)), current, [], BeforeDeadline);

        change.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Staff_correct_after_the_deadline()
    {
        var change = BookingRules.Decide(Situation(byStaff: true, closed: true), [], [Cell(Emma, FirstService, 2)], BeforeDeadline.AddDays(30));

        change.Booked.ShouldBe([Cell(Emma, FirstService, 2)]);
    }

    [Fact]
    public void A_box_ticked_twice_in_the_same_form_is_booked_once()
    {
        BookingRules.Decide(Situation(), [], [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 2)], BeforeDeadline).Booked.Count.ShouldBe(1);
    }
}

using Cantine.Reservations.Contracts;
using Cantine.Reservations.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Reservations.Tests.Domain.Given;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>
/// Given a family's period events and its situation, when the family submits, staff correct, or a pattern is copied,
/// then these events or this refusal (the cells themselves are <see cref="BookingRulesTests"/>' subject).
/// </summary>
public sealed class FamilyBookingsDecisionsTests
{
    private static readonly Guid SheetId = FamilyBookings.StreamIdFor("lyon", Martin, Week);
    private static readonly Guid FirstSubmission = Guid.Parse("00000000-0000-0000-0000-0000000005b1");
    private static readonly Guid Staff = Guid.Parse("00000000-0000-0000-0000-00000000057a");
    private static readonly FamilyPeriodOpened Opened = new(SheetId, Martin, PeriodKind.Week, Week, Week.AddDays(6));
    private static readonly BookingsSubmitted Submitted = new(Martin, Week, FirstSubmission, [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 3)], [], BeforeDeadline);

    /// <summary>The week's bookings after the first submission: Emma on Monday and Tuesday, version "2".</summary>
    private static FamilyBookings Booked => History.Of<FamilyBookings>(Opened, Submitted)!;

    private static SubmitBookings Submit(string version, params BookedCell[] ticked) => new(SheetId, Guid.NewGuid(), version, ticked);

    [Fact]
    public void The_first_submission_of_a_period_opens_its_stream()
    {
        var submit = Submit("0", Cell(Hugo, FirstService, 5));

        var decision = FamilyBookingsDecisions.Decide(submit, null, Situation(), familyArchived: false, BeforeDeadline);

        decision.Events.Count.ShouldBe(2);
        decision.Events[0].ShouldBe(Opened);
        var submitted = decision.Events[1].ShouldBeOfType<BookingsSubmitted>();
        submitted.ShouldBe(submitted with { FamilyId = Martin, PeriodStart = Week, SubmissionId = submit.SubmissionId, At = BeforeDeadline });
        submitted.Booked.ShouldBe([Cell(Hugo, FirstService, 5)]);
        submitted.Cancelled.ShouldBeEmpty();
    }

    [Fact]
    public void A_later_submission_books_the_ticked_boxes_and_cancels_the_unticked_ones()
    {
        var decision = FamilyBookingsDecisions.Decide(Submit("2", Cell(Emma, FirstService, 3), Cell(Hugo, FirstService, 5)), Booked, Situation(), false, BeforeDeadline);

        var submitted = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<BookingsSubmitted>();
        submitted.Booked.ShouldBe([Cell(Hugo, FirstService, 5)]);
        submitted.Cancelled.ShouldBe([Cell(Emma, FirstService, 2)]);
        FamilyBookingsDecisions.ChangeIn(decision).Booked.ShouldBe([Cell(Hugo, FirstService, 5)]);
        FamilyBookingsDecisions.ChangeIn(decision).Cancelled.ShouldBe([Cell(Emma, FirstService, 2)]);
    }

    [Fact]
    public void The_same_form_sent_again_changes_nothing_even_from_a_page_now_stale()
    {
        var again = new SubmitBookings(SheetId, FirstSubmission, "0", [Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 3)]);

        var decision = FamilyBookingsDecisions.Decide(again, Booked, Situation(), false, BeforeDeadline);

        decision.ShouldChangeNothing();
        FamilyBookingsDecisions.ChangeIn(decision).Booked.ShouldBeEmpty();
    }

    [Fact]
    public void Ticking_what_is_already_booked_changes_nothing()
    {
        FamilyBookingsDecisions.Decide(Submit("2", Cell(Emma, FirstService, 2), Cell(Emma, FirstService, 3)), Booked, Situation(), false, BeforeDeadline)
            .ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_a_form_built_from_another_version_of_the_period()
    {
        FamilyBookingsDecisions.Decide(Submit("0", Cell(Hugo, FirstService, 5)), Booked, Situation(), false, BeforeDeadline)
            .ShouldRefuse(ReservationsErrors.StaleVersion, "Version");
        FamilyBookingsDecisions.Decide(Submit("1", Cell(Hugo, FirstService, 5)), null, Situation(), false, BeforeDeadline)
            .ShouldRefuse(ReservationsErrors.StaleVersion, "Version");
    }

    [Fact]
    public void Refuses_the_bookings_of_a_family_that_left_the_service()
    {
        FamilyBookingsDecisions.Decide(Submit("2", Cell(Hugo, FirstService, 5)), Booked, Situation(), familyArchived: true, BeforeDeadline)
            .ShouldRefuse("Bookings.FamilyArchived");
    }

    [Fact]
    public void Refuses_a_submission_after_the_deadline_carrying_the_deadline()
    {
        var deadline = Paris(new DateTime(2026, 10, 29, 23, 59, 0));

        var decision = FamilyBookingsDecisions.Decide(Submit("2", Cell(Hugo, FirstService, 5)), Booked, Situation(), false, deadline.AddSeconds(1));

        decision.ShouldRefuse("Bookings.Late", "Ticked");
        decision.Args.ShouldBe([new BookingRefusal("Bookings.Late", Deadline: deadline)]);
    }

    [Fact]
    public void Refuses_a_cell_the_rules_refuse_naming_the_cell()
    {
        var decision = FamilyBookingsDecisions.Decide(Submit("2", Cell(Hugo, EveningCare, 2)), Booked, Situation(), false, BeforeDeadline);

        decision.ShouldRefuse("Bookings.NotEnrolled", "Ticked");
        decision.Args.ShouldBe([new BookingRefusal("Bookings.NotEnrolled", Cell(Hugo, EveningCare, 2))]);
    }

    [Fact]
    public void Staff_correct_after_the_deadline_and_the_event_names_them()
    {
        var afterDeadline = Paris(new DateTime(2026, 11, 3, 9, 0, 0));

        var decision = FamilyBookingsDecisions.Decide(
            new CorrectBookings(SheetId, Staff, "2", [Cell(Emma, FirstService, 3)]), Booked, Situation(byStaff: true), afterDeadline);

        var corrected = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<BookingsCorrected>();
        corrected.StaffUserId.ShouldBe(Staff);
        corrected.At.ShouldBe(afterDeadline);
        corrected.Booked.ShouldBeEmpty();
        corrected.Cancelled.ShouldBe([Cell(Emma, FirstService, 2)]);
    }

    [Fact]
    public void A_staff_correction_of_a_period_nobody_booked_opens_its_stream()
    {
        var decision = FamilyBookingsDecisions.Decide(new CorrectBookings(SheetId, Staff, "0", [Cell(Hugo, FirstService, 5)]), null, Situation(byStaff: true), BeforeDeadline);

        decision.Events[0].ShouldBe(Opened);
        decision.Events[1].ShouldBeOfType<BookingsCorrected>().Booked.ShouldBe([Cell(Hugo, FirstService, 5)]);
    }

    [Fact]
    public void Refuses_a_staff_correction_from_a_stale_page()
    {
        FamilyBookingsDecisions.Decide(new CorrectBookings(SheetId, Staff, "1", [Cell(Hugo, FirstService, 5)]), Booked, Situation(byStaff: true), BeforeDeadline)
            .ShouldRefuse(ReservationsErrors.StaleVersion, "Version");
    }

    [Fact]
    public void A_copied_pattern_books_its_week_days_but_the_closed_ones()
    {
        var allSaints = new Closure(Guid.NewGuid(), "Pont", new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 3), ClosureKind.ClosedDay);
        var pattern = new HashSet<(Guid, Guid, DayOfWeek)> { (Emma, FirstService, DayOfWeek.Monday), (Emma, FirstService, DayOfWeek.Tuesday) };
        var source = Week.AddDays(-7);

        var decision = FamilyBookingsDecisions.Decide(
            new CopyBookingPattern(SheetId, source, pattern), null, Situation(calendar: Calendar(PeriodKind.Week, allSaints)), false, BeforeDeadline);

        decision.Events[0].ShouldBe(Opened);
        var copied = decision.Events[1].ShouldBeOfType<BookingPatternCopied>();
        copied.SourcePeriodStart.ShouldBe(source);
        copied.Booked.ShouldBe([Cell(Emma, FirstService, 2)]);
    }

    [Fact]
    public void A_pattern_already_in_place_changes_nothing()
    {
        var pattern = new HashSet<(Guid, Guid, DayOfWeek)> { (Emma, FirstService, DayOfWeek.Monday), (Emma, FirstService, DayOfWeek.Tuesday) };

        FamilyBookingsDecisions.Decide(new CopyBookingPattern(SheetId, Week.AddDays(-7), pattern), Booked, Situation(), false, BeforeDeadline)
            .ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_to_copy_onto_the_period_of_a_family_that_left_or_past_its_deadline()
    {
        var pattern = new HashSet<(Guid, Guid, DayOfWeek)> { (Emma, FirstService, DayOfWeek.Monday) };
        var copy = new CopyBookingPattern(SheetId, Week.AddDays(-7), pattern);

        FamilyBookingsDecisions.Decide(copy, null, Situation(), familyArchived: true, BeforeDeadline).ShouldRefuse("Bookings.FamilyArchived");
        FamilyBookingsDecisions.Decide(copy, null, Situation(), false, BeforeDeadline.AddDays(1)).ShouldRefuse("Bookings.Late");
    }
}

using Cantine.Attendance.Contracts;
using Cantine.Attendance.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Attendance.Tests.Domain.SheetFixture;

namespace Cantine.Attendance.Tests.Domain;

/// <summary>Given a sheet's events, when an agent marks a child, then these events or this refusal (no database).</summary>
public sealed class MarkDecisionsTests
{
    private static readonly AttendanceSheet Opened = Given(Created, LeaBooked, new SheetOpened(SheetId, [Lea], Job, Lunch.AddHours(-4)))!;

    [Fact]
    public void A_booked_child_marked_present_is_present_and_the_default_is_not_marked()
    {
        Opened.EntryOf(Lea)!.Status.ShouldBe(AttendanceStatus.NotMarked);
        var mark = Mark(Lea, MarkKind.Present);

        AttendanceSheetDecisions.Decide(mark, Opened, Lunch).ShouldAppend(new ChildMarkedPresent(SheetId, mark.MarkId, Lea, Agent, Lunch));
    }

    [Fact]
    public void The_same_mark_sent_twice_is_applied_once()
    {
        var mark = Mark(Lea, MarkKind.Absent);
        var first = AttendanceSheetDecisions.Decide(mark, Opened, Lunch);
        first.ShouldAppend(new ChildMarkedAbsent(SheetId, mark.MarkId, Lea, Agent, Lunch));

        var after = Opened.Apply((ChildMarkedAbsent)first.Events[0]);
        AttendanceSheetDecisions.Decide(mark, after, Lunch.AddSeconds(5)).ShouldChangeNothing();
        after.EntryOf(Lea)!.Status.ShouldBe(AttendanceStatus.Absent);
    }

    [Fact]
    public void A_queue_replayed_after_a_repeated_tap_does_not_bring_back_an_older_mark()
    {
        var present = Mark(Lea, MarkKind.Present);
        var presentAgain = Mark(Lea, MarkKind.Present);
        var absent = Mark(Lea, MarkKind.Absent);
        var sheet = Opened;
        foreach (var mark in new[] { present, presentAgain, absent, present, presentAgain, absent })
        {
            var decision = AttendanceSheetDecisions.Decide(mark, sheet, Lunch);
            decision.Refusal.ShouldBeNull();
            sheet = decision.Events.Aggregate(sheet, (s, e) => History.Apply(s, e));
        }

        sheet.EntryOf(Lea)!.Status.ShouldBe(AttendanceStatus.Absent);
        sheet.MarkIds.ShouldBe([present.MarkId, presentAgain.MarkId, absent.MarkId]);
    }

    [Fact]
    public void A_mark_on_a_day_without_bookings_is_refused()
    {
        var empty = Given(Created, LeaBooked, new SheetBookingCancelled(SheetId, Lea, Job, Lunch.AddDays(-3)));

        AttendanceSheetDecisions.Decide(Mark(Lea, MarkKind.Present), empty, Lunch).ShouldRefuse("NoBookings");
        AttendanceSheetDecisions.Decide(Mark(Lea, MarkKind.Present), null, Lunch).ShouldRefuse("NoBookings");
    }

    [Fact]
    public void A_mark_on_a_day_the_service_does_not_run_is_refused()
    {
        var closedDay = Mark(Lea, MarkKind.Present) with { ServiceRuns = false };

        AttendanceSheetDecisions.Decide(closedDay, Opened, Lunch).ShouldRefuse("NoBookings");
    }

    [Fact]
    public void A_mark_on_a_day_to_come_is_refused()
    {
        AttendanceSheetDecisions.Decide(Mark(Lea, MarkKind.Present), Opened, Lunch.AddDays(-1)).ShouldRefuse("FutureDay");
    }

    [Fact]
    public void A_child_who_is_not_of_the_town_is_refused()
    {
        AttendanceSheetDecisions.Decide(Mark(Guid.NewGuid(), MarkKind.Present, ofTown: false), Opened, Lunch).ShouldRefuse("UnknownChild");
    }

    [Fact]
    public void An_absence_of_a_child_who_is_not_on_the_sheet_is_refused()
    {
        AttendanceSheetDecisions.Decide(Mark(Tom, MarkKind.Absent), Opened, Lunch).ShouldRefuse("NotOnSheet");
    }

    [Fact]
    public void A_child_who_was_not_booked_is_added_present_unbooked()
    {
        var mark = Mark(Tom, MarkKind.Present);
        var decision = AttendanceSheetDecisions.Decide(mark, Opened, Lunch);

        decision.ShouldAppend(new UnbookedChildAdded(SheetId, mark.MarkId, Tom, mark.Child!.FamilyIds, Agent, Lunch));
        Opened.Apply((UnbookedChildAdded)decision.Events[0]).EntryOf(Tom)!.Status.ShouldBe(AttendanceStatus.PresentUnbooked);
    }

    [Fact]
    public void A_justified_absence_keeps_its_reason_and_other_needs_a_note()
    {
        var certificate = Mark(Lea, MarkKind.Absent, reason: AbsenceReason.IllnessWithCertificate);
        AttendanceSheetDecisions.Decide(certificate, Opened, Lunch)
            .ShouldAppend(new AbsenceJustified(SheetId, certificate.MarkId, Lea, AbsenceReason.IllnessWithCertificate, null, Agent, Lunch));

        AttendanceSheetDecisions.Decide(Mark(Lea, MarkKind.Absent, reason: AbsenceReason.Other, note: "  "), Opened, Lunch).ShouldRefuse("NoteRequired", "Note");
        var other = Mark(Lea, MarkKind.Absent, reason: AbsenceReason.Other, note: " Rendez-vous médical ");
        AttendanceSheetDecisions.Decide(other, Opened, Lunch)
            .ShouldAppend(new AbsenceJustified(SheetId, other.MarkId, Lea, AbsenceReason.Other, "Rendez-vous médical", Agent, Lunch));
    }

    [Fact]
    public void The_first_mark_on_a_sheet_not_yet_opened_freezes_the_booked_list()
    {
        var notOpened = Given(Created, LeaBooked)!;
        var decision = AttendanceSheetDecisions.Decide(Mark(Lea, MarkKind.Present), notOpened, Lunch);

        decision.Events.Select(e => e.GetType()).ShouldBe([typeof(SheetOpened), typeof(ChildMarkedPresent)]);
        ((SheetOpened)decision.Events[0]).BookedChildIds.ShouldBe([Lea]);
    }

    [Fact]
    public void A_change_after_validation_is_a_correction_with_its_author_and_time()
    {
        var validated = Opened.Apply(new ChildMarkedPresent(SheetId, Guid.NewGuid(), Lea, Agent, Lunch))
            .Apply(new SheetValidated(SheetId, Agent, Lunch.AddMinutes(40)));
        var later = Lunch.AddHours(3);
        var correction = Mark(Lea, MarkKind.Absent, reason: AbsenceReason.SchoolOuting);

        AttendanceSheetDecisions.Decide(correction, validated, later).ShouldAppend(new MarkCorrected(
            SheetId, correction.MarkId, Lea, MarkKind.Absent, AbsenceReason.SchoolOuting, null, correction.Child!.FamilyIds, Agent, later));
    }
}

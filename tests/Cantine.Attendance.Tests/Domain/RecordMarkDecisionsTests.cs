using Cantine.Attendance.Contracts;
using Cantine.Attendance.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Attendance.Tests.Domain.Given;

namespace Cantine.Attendance.Tests.Domain;

/// <summary>Given a sheet's events, when an agent taps a child, then these events or this refusal.</summary>
public sealed class RecordMarkDecisionsTests
{
    private static readonly Guid MarkId = new("55555555-0000-0000-0000-000000000001");

    [Fact]
    public void The_first_tap_opens_the_sheet_and_marks_the_child_present()
    {
        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present, MarkId), BookedSheet(), Noon)
            .ShouldAppendEvents(new SheetOpened(SheetId, [Leo, Jade], Agent, Noon), new ChildMarkedPresent(SheetId, MarkId, Leo, Agent, Noon));
    }

    [Fact]
    public void A_mark_sent_twice_with_the_same_id_is_applied_once()
    {
        var sheet = BookedSheet(new SheetOpened(SheetId, [Leo, Jade], Agent, Noon), new ChildMarkedPresent(SheetId, MarkId, Leo, Agent, Noon));

        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present, MarkId), sheet, Noon.AddMinutes(1)).ShouldChangeNothing();

        // Even when the child's state changed since: a replayed queue never undoes a later tap.
        var later = BookedSheet(
            new SheetOpened(SheetId, [Leo, Jade], Agent, Noon), new ChildMarkedPresent(SheetId, MarkId, Leo, Agent, Noon),
            new ChildMarkedAbsent(SheetId, Guid.NewGuid(), Leo, Agent, Noon.AddMinutes(1)));
        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present, MarkId), later, Noon.AddMinutes(2)).ShouldChangeNothing();
    }

    [Fact]
    public void A_mark_repeating_the_childs_state_under_another_id_changes_nothing()
    {
        var sheet = BookedSheet(new SheetOpened(SheetId, [Leo, Jade], Agent, Noon), new ChildMarkedPresent(SheetId, MarkId, Leo, Agent, Noon));

        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present), sheet, Noon).ShouldChangeNothing();
    }

    [Fact]
    public void An_absence_with_a_reason_is_justified()
    {
        var decision = AttendanceSheetDecisions.Decide(Mark(Jade, MarkKind.Absent, MarkId, AbsenceReason.SchoolOuting), BookedSheet(new SheetOpened(SheetId, [Leo, Jade], Agent, Noon)), Noon);

        decision.ShouldAppendEvents(new AbsenceJustified(SheetId, MarkId, Jade, AbsenceReason.SchoolOuting, null, Agent, Noon));
    }

    [Fact]
    public void Other_without_a_note_is_refused()
    {
        AttendanceSheetDecisions.Decide(Mark(Jade, MarkKind.Absent, reason: AbsenceReason.Other, note: "  "), BookedSheet(), Noon).ShouldRefuse("NoteRequired", "Note");
    }

    [Fact]
    public void A_child_present_without_a_booking_is_added_as_unbooked()
    {
        var opened = BookedSheet(new SheetOpened(SheetId, [Leo, Jade], Agent, Noon));

        AttendanceSheetDecisions.Decide(Mark(Tom, MarkKind.Present, MarkId), opened, Noon)
            .ShouldAppendEvents(new UnbookedChildAdded(SheetId, MarkId, Tom, [Roux], Agent, Noon));
    }

    [Fact]
    public void A_child_unknown_to_the_town_is_refused()
    {
        var mark = Mark(Tom, MarkKind.Present) with { Child = null };

        AttendanceSheetDecisions.Decide(mark, BookedSheet(), Noon).ShouldRefuse("UnknownChild");
    }

    [Fact]
    public void An_absence_of_a_child_neither_booked_nor_added_is_refused()
    {
        AttendanceSheetDecisions.Decide(Mark(Tom, MarkKind.Absent), BookedSheet(), Noon).ShouldRefuse("NotOnSheet");
    }

    [Fact]
    public void A_day_without_bookings_or_when_the_service_does_not_run_is_refused()
    {
        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present), null, Noon).ShouldRefuse("NoBookings");
        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present, runs: false), BookedSheet(), Noon).ShouldRefuse("NoBookings");
        var cancelled = BookedSheet(new SheetBookingCancelled(SheetId, Leo, Author.System, Earlier), new SheetBookingCancelled(SheetId, Jade, Author.System, Earlier));
        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present), cancelled, Noon).ShouldRefuse("NoBookings");
    }

    [Fact]
    public void A_day_to_come_is_refused_until_its_first_minute_in_Paris()
    {
        var sundayNight = new DateTimeOffset(2031, 11, 2, 23, 59, 0, TimeSpan.FromHours(1));

        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present), BookedSheet(), sundayNight).ShouldRefuse("FutureDay");
        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Present), BookedSheet(), sundayNight.AddMinutes(1)).IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void A_change_after_validation_is_a_correction_with_its_author_and_time()
    {
        var validated = BookedSheet(new SheetOpened(SheetId, [Leo, Jade], Agent, Noon), new ChildMarkedPresent(SheetId, Guid.NewGuid(), Leo, Agent, Noon), new SheetValidated(SheetId, Agent, Noon));
        var at = Noon.AddHours(3);

        AttendanceSheetDecisions.Decide(Mark(Leo, MarkKind.Absent, MarkId, AbsenceReason.IllnessWithCertificate), validated, at)
            .ShouldAppendEvents(new MarkCorrected(SheetId, MarkId, Leo, MarkKind.Absent, AbsenceReason.IllnessWithCertificate, null, [Durand], Agent, at));
    }

    [Fact]
    public void A_correction_is_applied_to_the_sheet()
    {
        var sheet = BookedSheet(
            new SheetValidated(SheetId, Agent, Noon),
            new MarkCorrected(SheetId, MarkId, Leo, MarkKind.Absent, AbsenceReason.TeacherAbsent, null, [Durand], Agent, Noon));

        sheet.EntryOf(Leo)!.Status.ShouldBe(AttendanceStatus.AbsentJustified);
        sheet.MarkIds.ShouldContain(MarkId);
        sheet.IsValidated.ShouldBeTrue();
    }
}

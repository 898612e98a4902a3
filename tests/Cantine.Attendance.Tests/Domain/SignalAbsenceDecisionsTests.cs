using Cantine.Attendance.Contracts;
using Cantine.Attendance.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Attendance.Tests.Domain.Given;

namespace Cantine.Attendance.Tests.Domain;

/// <summary>Given a sheet's events, when a parent signals an absence before or after the town's time, then this.</summary>
public sealed class SignalAbsenceDecisionsTests
{
    private static readonly TimeOnly NineOClock = new(9, 0);

    private static SignalAbsence Signal(Guid child, Guid family, AbsenceReason reason = AbsenceReason.Illness, string? note = null) =>
        new(Key, child, family, reason, note, NineOClock, Parent);

    private static DateTimeOffset Paris(int hour, int minute, int second = 0, int day = 3) => new(2031, 11, day, hour, minute, second, TimeSpan.FromHours(1));

    [Fact]
    public void Before_the_towns_time_the_absence_is_recorded_and_shows_on_the_sheet()
    {
        var at = Paris(8, 59, 59);
        var decision = AttendanceSheetDecisions.Decide(Signal(Leo, Durand), BookedSheet(), at);

        decision.ShouldAppendEvents(new AbsenceSignalledByFamily(SheetId, Leo, Durand, AbsenceReason.Illness, null, Parent, at));
        var entry = BookedSheet([.. decision.Events]).EntryOf(Leo)!;
        entry.Status.ShouldBe(AttendanceStatus.Absent);
        entry.SignalledByFamily.ShouldBeTrue();
    }

    [Fact]
    public void At_the_towns_time_and_after_it_is_refused()
    {
        AttendanceSheetDecisions.Decide(Signal(Leo, Durand), BookedSheet(), Paris(9, 0)).ShouldRefuse("SignalTooLate");
        AttendanceSheetDecisions.Decide(Signal(Leo, Durand), BookedSheet(), Paris(18, 0, 0, 4)).ShouldRefuse("SignalTooLate");
    }

    [Fact]
    public void A_later_day_may_be_signalled_at_any_time_before()
    {
        AttendanceSheetDecisions.Decide(Signal(Leo, Durand), BookedSheet(), Paris(22, 0, 0, 2)).IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void A_child_of_another_family_is_refused()
    {
        AttendanceSheetDecisions.Decide(Signal(Leo, Roux), BookedSheet(), Paris(8, 0)).ShouldRefuse("NotYourChild");
    }

    [Fact]
    public void A_child_shared_by_two_families_may_be_signalled_by_either()
    {
        AttendanceSheetDecisions.Decide(Signal(Jade, Roux), BookedSheet(), Paris(8, 0)).IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void A_day_not_booked_is_refused()
    {
        AttendanceSheetDecisions.Decide(Signal(Tom, Roux), BookedSheet(), Paris(8, 0)).ShouldRefuse("NotBooked");
        AttendanceSheetDecisions.Decide(Signal(Tom, Roux), null, Paris(8, 0)).ShouldRefuse("NotBooked");
    }

    [Fact]
    public void Other_needs_a_note_and_the_same_signal_twice_changes_nothing()
    {
        AttendanceSheetDecisions.Decide(Signal(Leo, Durand, AbsenceReason.Other), BookedSheet(), Paris(8, 0)).ShouldRefuse("NoteRequired", "Note");
        var signalled = BookedSheet(new AbsenceSignalledByFamily(SheetId, Leo, Durand, AbsenceReason.Illness, null, Parent, Paris(7, 0)));
        AttendanceSheetDecisions.Decide(Signal(Leo, Durand), signalled, Paris(8, 0)).ShouldChangeNothing();
    }

    [Fact]
    public void The_settings_default_to_nine_and_two_oclock_and_repeating_them_changes_nothing()
    {
        var id = AttendanceSettings.IdFor("lyon");
        AttendanceSettingsDecisions.Decide(new ChangeAttendanceSettings(id, NineOClock, new TimeOnly(14, 0)), null).ShouldChangeNothing();
        AttendanceSettingsDecisions.Decide(new ChangeAttendanceSettings(id, new TimeOnly(8, 30), new TimeOnly(14, 0)), null)
            .ShouldAppendEvents(new AttendanceSettingsChanged(id, new TimeOnly(8, 30), new TimeOnly(14, 0)));
    }
}

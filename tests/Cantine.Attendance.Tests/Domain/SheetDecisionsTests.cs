using Cantine.Attendance.Contracts;
using Cantine.Attendance.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Attendance.Tests.Domain.SheetFixture;

namespace Cantine.Attendance.Tests.Domain;

/// <summary>Given a sheet's events, when bookings are copied, the sheet opened or validated, or a family signals an absence.</summary>
public sealed class SheetDecisionsTests
{
    private static readonly DateTimeOffset Morning = Lunch.AddHours(-5);

    [Fact]
    public void The_first_booking_creates_the_sheet_and_the_same_booking_copied_again_changes_nothing()
    {
        var copy = new CopyBooking(Key, Lea, Families, true, 320, Job);

        AttendanceSheetDecisions.Decide(copy, null, LeaBooked.At).ShouldAppend(Created, LeaBooked);
        AttendanceSheetDecisions.Decide(copy, Given(Created, LeaBooked), Lunch).ShouldChangeNothing();
    }

    [Fact]
    public void A_staff_correction_after_the_deadline_updates_the_booked_list()
    {
        var staff = new Author(AuthorKind.Agent, Guid.NewGuid(), "Service scolaire");
        var opened = Given(Created, LeaBooked, new SheetOpened(SheetId, [Lea], Job, Morning));

        AttendanceSheetDecisions.Decide(new CopyBooking(Key, Tom, Families, true, 320, staff), opened, Morning.AddHours(1))
            .ShouldAppend(new SheetChildBooked(SheetId, Tom, Families, 320, staff, Morning.AddHours(1)));
        AttendanceSheetDecisions.Decide(new CopyBooking(Key, Lea, Families, true, 320, staff) with { Booked = false }, opened, Morning.AddHours(1))
            .ShouldAppend(new SheetBookingCancelled(SheetId, Lea, staff, Morning.AddHours(1)));
    }

    [Fact]
    public void Opening_freezes_the_booked_list_once_and_a_sheet_without_bookings_does_not_open()
    {
        var decision = AttendanceSheetDecisions.Decide(new OpenSheet(Key, Job), Given(Created, LeaBooked), Morning);
        var opened = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<SheetOpened>();
        opened.BookedChildIds.ShouldBe([Lea]);

        AttendanceSheetDecisions.Decide(new OpenSheet(Key, Job), Given(Created, LeaBooked, opened), Morning).ShouldChangeNothing();
        AttendanceSheetDecisions.Decide(new OpenSheet(Key, Job), null, Morning).ShouldRefuse("NoBookings");
    }

    [Fact]
    public void Validating_twice_changes_nothing_and_a_day_to_come_cannot_be_validated()
    {
        var opened = Given(Created, LeaBooked, new SheetOpened(SheetId, [Lea], Job, Morning))!;

        AttendanceSheetDecisions.Decide(new ValidateSheet(Key, Agent), opened, Lunch).ShouldAppend(new SheetValidated(SheetId, Agent, Lunch));
        AttendanceSheetDecisions.Decide(new ValidateSheet(Key, Agent), opened.Apply(new SheetValidated(SheetId, Agent, Lunch)), Lunch.AddMinutes(1))
            .ShouldChangeNothing();
        AttendanceSheetDecisions.Decide(new ValidateSheet(Key, Agent), opened, Lunch.AddDays(-1)).ShouldRefuse("FutureDay");
    }

    [Fact]
    public void A_family_signals_an_absence_before_the_towns_time_and_it_shows_on_the_sheet()
    {
        var parent = new Author(AuthorKind.Family, Guid.NewGuid(), "Claire Dupont");
        var signal = new SignalAbsence(Key, Lea, Family, AbsenceReason.Illness, null, new TimeOnly(9, 0), parent);
        var at = new DateTimeOffset(2030, 9, 16, 6, 59, 0, TimeSpan.Zero); // 08:59 in Paris

        var decision = AttendanceSheetDecisions.Decide(signal, Given(Created, LeaBooked), at);
        decision.ShouldAppend(new AbsenceSignalledByFamily(SheetId, Lea, Family, AbsenceReason.Illness, null, parent, at));

        var entry = Given(Created, LeaBooked, decision.Events[0])!.EntryOf(Lea)!;
        entry.Status.ShouldBe(AttendanceStatus.Absent);
        entry.SignalledByFamily.ShouldBeTrue();
        AttendanceSheetDecisions.Decide(signal, Given(Created, LeaBooked, decision.Events[0]), at).ShouldChangeNothing();
    }

    [Fact]
    public void A_family_absence_at_or_after_the_towns_time_or_for_a_past_day_is_refused()
    {
        var signal = new SignalAbsence(Key, Lea, Family, AbsenceReason.Illness, null, new TimeOnly(9, 0), Agent);
        var nine = new DateTimeOffset(2030, 9, 16, 7, 0, 0, TimeSpan.Zero); // 09:00 in Paris

        AttendanceSheetDecisions.Decide(signal, Given(Created, LeaBooked), nine).ShouldRefuse("SignalTooLate");
        AttendanceSheetDecisions.Decide(signal, Given(Created, LeaBooked), nine.AddDays(1).AddHours(-8)).ShouldRefuse("SignalTooLate");
        AttendanceSheetDecisions.Decide(signal, Given(Created, LeaBooked), nine.AddDays(-1)).Refusal.ShouldBeNull();
    }

    [Fact]
    public void A_family_cannot_signal_for_a_child_of_another_family_nor_for_a_day_not_booked()
    {
        var at = Morning.AddDays(-1);
        var other = new SignalAbsence(Key, Lea, OtherFamily, AbsenceReason.Illness, null, new TimeOnly(9, 0), Agent);

        AttendanceSheetDecisions.Decide(other, Given(Created, LeaBooked), at).ShouldRefuse("NotYourChild");
        AttendanceSheetDecisions.Decide(other with { ChildId = Tom, FamilyId = Family }, Given(Created, LeaBooked), at).ShouldRefuse("NotBooked");
        AttendanceSheetDecisions.Decide(other with { FamilyId = Family, Reason = AbsenceReason.Other }, Given(Created, LeaBooked), at)
            .ShouldRefuse("NoteRequired", "Note");
    }
}

using Cantine.Attendance.Contracts;
using Cantine.Attendance.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Attendance.Tests.Domain.Given;

namespace Cantine.Attendance.Tests.Domain;

/// <summary>Given a sheet's events, when bookings are copied, the sheet opened or validated, then these events or this refusal.</summary>
public sealed class SheetDecisionsTests
{
    [Fact]
    public void The_first_booking_starts_the_sheets_stream()
    {
        AttendanceSheetDecisions.Decide(new CopyBooking(Key, Leo, [Durand], true, 320, Author.System), null, Earlier)
            .ShouldAppendEvents(new SheetCreated(SheetId, Day, Service, "École A"), new SheetChildBooked(SheetId, Leo, [Durand], 320, Author.System, Earlier));
    }

    [Fact]
    public void A_booking_copied_twice_changes_nothing_and_a_cancellation_removes_the_child()
    {
        var sheet = BookedSheet();

        AttendanceSheetDecisions.Decide(new CopyBooking(Key, Leo, [Durand], true, 320, Author.System), sheet, Earlier).ShouldChangeNothing();
        AttendanceSheetDecisions.Decide(new CopyBooking(Key, Tom, [Roux], false, 320, Author.System), sheet, Earlier).ShouldChangeNothing();
        var staff = Author.Agent(AgentId, "le service");
        AttendanceSheetDecisions.Decide(new CopyBooking(Key, Leo, [Durand], false, 320, staff), sheet, Noon)
            .ShouldAppendEvents(new SheetBookingCancelled(SheetId, Leo, staff, Noon));
    }

    [Fact]
    public void Opening_twice_changes_nothing_and_a_sheet_without_bookings_does_not_open()
    {
        AttendanceSheetDecisions.Decide(new OpenSheet(Key, Author.System), BookedSheet(), Earlier)
            .ShouldAppendEvents(new SheetOpened(SheetId, [Leo, Jade], Author.System, Earlier));
        AttendanceSheetDecisions.Decide(new OpenSheet(Key, Author.System), BookedSheet(new SheetOpened(SheetId, [Leo, Jade], Author.System, Earlier)), Noon)
            .ShouldChangeNothing();
        AttendanceSheetDecisions.Decide(new OpenSheet(Key, Author.System), null, Noon).ShouldRefuse("NoBookings");
    }

    [Fact]
    public void Validating_twice_changes_nothing()
    {
        var validated = BookedSheet(new SheetOpened(SheetId, [Leo, Jade], Agent, Noon), new SheetValidated(SheetId, Agent, Noon));

        AttendanceSheetDecisions.Decide(new ValidateSheet(Key, Agent), BookedSheet(new SheetOpened(SheetId, [Leo, Jade], Agent, Noon)), Noon)
            .ShouldAppendEvents(new SheetValidated(SheetId, Agent, Noon));
        AttendanceSheetDecisions.Decide(new ValidateSheet(Key, Agent), validated, Noon.AddMinutes(5)).ShouldChangeNothing();
    }

    [Fact]
    public void A_sheet_of_a_day_to_come_cannot_be_validated()
    {
        AttendanceSheetDecisions.Decide(new ValidateSheet(Key, Agent), BookedSheet(), Noon.AddDays(-1)).ShouldRefuse("FutureDay");
    }

    [Fact]
    public void An_untouched_child_is_not_marked_never_present()
    {
        BookedSheet().EntryOf(Leo)!.Status.ShouldBe(AttendanceStatus.NotMarked);
    }
}

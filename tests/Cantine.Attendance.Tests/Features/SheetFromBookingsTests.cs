using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.FindChildren;
using Cantine.Attendance.Contracts.GetFamilyAttendance;
using Cantine.Attendance.Tests.Support;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.Attendance.Tests.Features;

/// <summary>The agent's sheet is built from Reservations' bookings (its own copy), staff corrections included; towns never see each other's.</summary>
public sealed class SheetFromBookingsTests(AttendanceApp app) : IClassFixture<AttendanceApp>
{
    [Fact]
    public async Task Lists_the_booked_children_by_class_then_name_with_their_care_notes_none_marked()
    {
        app.At(DayOfWeek.Monday, 11, 30);

        var sheet = (await app.SheetAsync(DayOfWeek.Monday)).ShouldNotBeNull();

        sheet.ServiceName.ShouldBe("1er service");
        sheet.Children.Select(c => (c.FirstName, c.Class)).ShouldBe([("Jade", "CE1"), ("Léo", "CP")]);
        sheet.Children.ShouldAllBe(c => c.Booked);
        var leo = sheet.Children.Single(c => c.ChildId == app.Leo);
        (leo.Allergies, leo.HasPai).ShouldBe(("Arachide", true));
        sheet.Counts.Booked.ShouldBe(2);
        sheet.Counts.NotMarked.ShouldBe(2);
        sheet.Classes.ShouldBe(["CE1", "CP"]);
        (await app.SheetAsync(DayOfWeek.Monday, @class: "CP"))!.Children.ShouldHaveSingleItem().ChildId.ShouldBe(app.Leo);
        (await app.SheetAsync(DayOfWeek.Monday, AttendanceApp.SchoolB))!.Children.ShouldHaveSingleItem().ChildId.ShouldBe(app.Tom);
    }

    [Fact]
    public async Task A_staff_correction_after_the_deadline_updates_the_booked_list()
    {
        app.At(DayOfWeek.Tuesday, 8);
        var version = (await app.Town.SheetAsync(app, app.Durand, app.Monday, forStaff: true)).Version;
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var ticked = days.SelectMany(d => new[] { new BookingCellInput(app.Leo, app.Lunch, app.Day(d)), new BookingCellInput(app.Jade, app.Lunch, app.Day(d)) })
            .Where(c => !(c.ChildId == app.Leo && c.Date == app.Day(DayOfWeek.Tuesday)))
            .ToList();

        var (result, _) = await app.SendTrackedAsync(AttendanceApp.Slug, s => s.Send(new CorrectBookingsCommand(app.Durand, app.Monday, ticked, version, app.AgentId)));

        result.ShouldSucceed();
        (await app.SheetAsync(DayOfWeek.Tuesday))!.Children.Select(c => c.FirstName).ShouldBe(["Jade"]);
        (await app.SheetAsync(DayOfWeek.Thursday))!.Children.Select(c => c.FirstName).ShouldBe(["Jade", "Léo"]);
    }

    [Fact]
    public async Task Another_towns_agent_finds_nothing_of_this_town()
    {
        app.At(DayOfWeek.Monday, 11, 30);

        (await app.SheetAsync(DayOfWeek.Monday, tenant: "ailleurs")).ShouldBeNull();
        (await app.SendAsync("ailleurs", s => s.Send(new FindChildrenQuery("Durand")))).ShouldBeEmpty();
        var family = await app.SendAsync("ailleurs", s => s.Send(new GetFamilyAttendanceQuery(app.Durand, app.Monday)));
        (family?.Children ?? []).ShouldBeEmpty();
    }

    [Fact]
    public async Task Finds_the_towns_children_by_name_ignoring_accents_and_case()
    {
        var found = await app.SendAsync(AttendanceApp.Slug, s => s.Send(new FindChildrenQuery("LEO dur")));

        found.ShouldHaveSingleItem().ChildId.ShouldBe(app.Leo);
        (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new FindChildrenQuery("roux")))).Select(c => c.FirstName).ShouldBe(["Tom"]);
        (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new FindChildrenQuery("durand", AttendanceApp.SchoolB)))).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_untouched_child_is_shown_to_parents_as_booked_not_marked_never_present()
    {
        app.At(DayOfWeek.Friday, 20);

        var family = (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetFamilyAttendanceQuery(app.Durand, app.Day(DayOfWeek.Friday))))).ShouldNotBeNull();

        family.PeriodStart.ShouldBe(app.Monday);
        family.PeriodKind.ShouldBe("Weekly");
        family.Children.Select(c => c.FirstName).ShouldBe(["Jade", "Léo"]);
        family.Days.ShouldBe([.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday }.Select(app.Day)]);
        var jade = family.Children[0].Rows.ShouldHaveSingleItem();
        jade.Cells.Select(c => c.Status).ShouldBe(Enumerable.Repeat(AttendanceStatus.NotMarked, 4));
        (jade.Quantity, jade.TotalCents, jade.UnitPriceCents).ShouldBe((0, 0, ReservationsTown.FirstServiceCents));
    }
}

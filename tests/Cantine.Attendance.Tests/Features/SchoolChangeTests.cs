using Cantine.Accounts.Contracts.ChangeChildDetails;
using Cantine.Attendance.Tests.Support;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.Attendance.Tests.Features;

/// <summary>A cancellation finds the child on the sheet of the school the child was booked at, even after a change of school.</summary>
public sealed class SchoolChangeTests(AttendanceApp app) : IClassFixture<AttendanceApp>
{
    [Fact]
    public async Task A_day_cancelled_after_a_change_of_school_leaves_the_old_schools_sheet()
    {
        app.At(DayOfWeek.Tuesday, 8);
        (await app.SheetAsync(DayOfWeek.Thursday))!.Children.Select(c => c.FirstName).ShouldBe(["Jade", "Léo"]);
        var (moved, _) = await app.SendTrackedAsync(AttendanceApp.Slug, s => s.Send(
            new ChangeChildDetailsCommand(app.Leo, "Léo", "Durand", new DateOnly(2019, 6, 1), AttendanceApp.SchoolB, "CP")));
        moved.ShouldSucceed();

        var version = (await app.Town.SheetAsync(app, app.Durand, app.Monday, forStaff: true)).Version;
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var ticked = days.SelectMany(d => new[] { new BookingCellInput(app.Leo, app.Lunch, app.Day(d)), new BookingCellInput(app.Jade, app.Lunch, app.Day(d)) })
            .Where(c => !(c.ChildId == app.Leo && c.Date == app.Day(DayOfWeek.Thursday)))
            .ToList();
        var (result, _) = await app.SendTrackedAsync(AttendanceApp.Slug, s => s.Send(new CorrectBookingsCommand(app.Durand, app.Monday, ticked, version, app.AgentId)));

        result.ShouldSucceed();
        (await app.SheetAsync(DayOfWeek.Thursday))!.Children.Select(c => c.FirstName).ShouldBe(["Jade"]);
        (await app.SheetAsync(DayOfWeek.Thursday, AttendanceApp.SchoolB))!.Children.ShouldAllBe(c => c.ChildId != app.Leo);
    }
}

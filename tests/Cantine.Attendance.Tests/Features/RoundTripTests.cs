using Cantine.Attendance.Contracts.GetAbsenceSignalling;
using Cantine.Attendance.Contracts.GetDayOverview;
using Cantine.Attendance.Contracts.GetFamilyAttendance;
using Cantine.Attendance.Tests.Support;

namespace Cantine.Attendance.Tests.Features;

/// <summary>Each screen's query reads what it needs in one batched round trip (STYLE §4).</summary>
public sealed class RoundTripTests(AttendanceApp app) : IClassFixture<AttendanceApp>
{
    [Fact]
    public async Task The_sheet_the_day_overview_presences_and_the_absence_form_cost_one_round_trip_each()
    {
        app.At(DayOfWeek.Monday, 12);
        (await app.MarkAsync(DayOfWeek.Monday, AttendanceApp.Present(app.Leo))).ShouldSucceed();
        await app.SheetAsync(DayOfWeek.Monday);

        foreach (var (name, query) in new (string, Func<Task<object?>>)[]
        {
            ("sheet", async () => await app.SheetAsync(DayOfWeek.Monday)),
            ("overview", async () => await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetDayOverviewQuery(app.Monday)))),
            ("présences", async () => await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetFamilyAttendanceQuery(app.Durand, app.Monday)))),
            ("absences", async () => await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetAbsenceSignallingQuery(app.Durand)))),
        })
        {
            object? answer = null;
            var commands = await SqlRoundTrips.OfAsync(async () => answer = await query());
            answer.ShouldNotBeNull(name);
            commands.Count.ShouldBe(1, $"{name}:\n{string.Join("\n---\n", commands)}");
        }
    }
}

using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.ChangeAttendanceSettings;
using Cantine.Attendance.Contracts.GetAbsenceSignalling;
using Cantine.Attendance.Contracts.GetAttendanceSettings;
using Cantine.Attendance.Contracts.OpenSheets;
using Cantine.Attendance.Contracts.SignalAbsence;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Jobs;
using Cantine.Attendance.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Attendance.Tests.Features;

/// <summary>The morning opening and the afternoon reminder, the town's times, and the absences families signal.</summary>
public sealed class JobsAndSettingsTests(AttendanceApp app) : IClassFixture<AttendanceApp>
{
    [Fact]
    public async Task The_town_changes_its_times_and_reads_them_back()
    {
        (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetAttendanceSettingsQuery()))).ShouldBe(new(new TimeOnly(9, 0), new TimeOnly(14, 0)));

        (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new ChangeAttendanceSettingsCommand(new TimeOnly(8, 30), new TimeOnly(15, 0))))).ShouldSucceed();
        (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new ChangeAttendanceSettingsCommand(new TimeOnly(3, 0), new TimeOnly(15, 0)))))
            .ShouldBeRefused("Settings.Deadline", "FamilySignalDeadline");

        (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetAttendanceSettingsQuery()))).ShouldBe(new(new TimeOnly(8, 30), new TimeOnly(15, 0)));
        (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new ChangeAttendanceSettingsCommand(new TimeOnly(9, 0), new TimeOnly(14, 0))))).ShouldSucceed();
    }

    [Fact]
    public async Task A_parent_signals_an_absence_before_the_towns_time_and_the_agent_sees_it_at_once()
    {
        app.At(DayOfWeek.Monday, 7, 45);
        var roux = app.Town.Town.OtherFamily.Guardian.UserId;
        var offered = await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetAbsenceSignallingQuery(app.Roux)));

        var signalled = await app.SendAsync(AttendanceApp.Slug, s => s.Send(new SignalAbsenceCommand(app.Roux, roux, "Lucas Roux", app.Tom, app.Monday, AbsenceReason.Illness, null)));
        var notTheirs = await app.SendAsync(AttendanceApp.Slug, s => s.Send(new SignalAbsenceCommand(app.Roux, roux, "Lucas Roux", app.Leo, app.Monday, AbsenceReason.Illness, null)));
        app.At(DayOfWeek.Monday, 9, 30);
        var late = await app.SendAsync(AttendanceApp.Slug, s => s.Send(new SignalAbsenceCommand(app.Roux, roux, "Lucas Roux", app.Jade, app.Monday, AbsenceReason.Illness, null)));

        offered.TownPhone.ShouldBe("04 72 00 00 00");
        offered.Days.ShouldContain(d => d.ChildId == app.Tom && d.Date == app.Monday && d.Open && !d.AlreadySignalled);
        signalled.ShouldSucceed();
        notTheirs.ShouldBeRefused("NotYourChild", "ChildId");
        late.ShouldBeRefused("SignalTooLate").Message.ShouldContain("04 72 00 00 00");
        var tom = (await app.SheetAsync(DayOfWeek.Monday, AttendanceApp.SchoolB))!.Children.ShouldHaveSingleItem();
        (tom.Status, tom.SignalledByFamily, tom.Reason).ShouldBe((AttendanceStatus.Absent, true, AbsenceReason.Illness));
        (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetAbsenceSignallingQuery(app.Roux)))).Days
            .ShouldContain(d => d.ChildId == app.Jade && d.Date == app.Monday && !d.Open);
    }

    [Fact]
    public async Task The_morning_job_is_registered_and_opens_the_missed_days_once()
    {
        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var jobs = connection.GetRecurringJobs();
            jobs.ShouldContain(j => j.Id == OpenSheetsJob.Id && j.Cron == "0 6 * * *");
            jobs.ShouldContain(j => j.Id == RemindAgentsJob.Id && j.Cron == "*/15 * * * *");
        }

        app.At(DayOfWeek.Friday, 6);
        await RunAsync<OpenSheetsJob>(j => j.RunAsync(CancellationToken.None));
        var again = await app.SendAsync(AttendanceApp.Slug, s => s.Send(new OpenSheetsCommand(app.Day(DayOfWeek.Friday))));

        again.ShouldSucceed().ShouldBe(0);
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            (await app.EventsAsync(day)).OfType<SheetOpened>().ShouldHaveSingleItem($"{day}");
        }
    }

    [Fact]
    public async Task The_reminder_is_emailed_once_to_the_agents_and_administrators_after_the_towns_time()
    {
        app.At(DayOfWeek.Thursday, 13, 50);
        await app.TrackAsync(() => RunAsync<RemindAgentsJob>(j => j.RunAsync(CancellationToken.None)));
        app.EmailsTo("agent@presences.test").Where(m => m.Subject?.Contains("présence", StringComparison.Ordinal) == true).ShouldBeEmpty();

        app.At(DayOfWeek.Thursday, 14, 15);
        await app.TrackAsync(() => RunAsync<RemindAgentsJob>(j => j.RunAsync(CancellationToken.None)));
        app.At(DayOfWeek.Thursday, 14, 30);
        await app.TrackAsync(() => RunAsync<RemindAgentsJob>(j => j.RunAsync(CancellationToken.None)));

        foreach (var staff in new[] { "agent@presences.test", "admin@presences.test" })
        {
            var email = app.EmailsTo(staff).Where(m => m.Subject?.Contains("présence", StringComparison.Ordinal) == true).ShouldHaveSingleItem(staff);
            email.TextBody!.ShouldContain("1er service — École A");
        }
    }

    private async Task RunAsync<TJob>(Func<TJob, Task> run) where TJob : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}

using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetFamilyAttendance;
using Cantine.Attendance.Contracts.IntegrationEvents;
using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.Attendance.Contracts.ValidateSheet;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Tests.Support;
using Cantine.Audit.Contracts.ListAuditEntries;
using Wolverine.Tracking;

namespace Cantine.Attendance.Tests.Features;

/// <summary>Agents' taps reach the sheet once each, whatever the network does; validation and corrections reach Invoicing.</summary>
public sealed class MarkingTests(AttendanceApp app) : IClassFixture<AttendanceApp>
{
    [Fact]
    public async Task Twenty_identical_marks_sent_at_once_give_one_event()
    {
        app.At(DayOfWeek.Thursday, 11, 50);
        var mark = AttendanceApp.Present(app.Leo);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => app.MarkAsync(DayOfWeek.Thursday, mark))));

        results.ShouldAllBe(r => r.IsSuccess && r.Value.Outcomes.Single().Refusal == null);
        var events = await app.EventsAsync(DayOfWeek.Thursday);
        events.OfType<ChildMarkedPresent>().ShouldHaveSingleItem().MarkId.ShouldBe(mark.MarkId);
        events.OfType<SheetOpened>().ShouldHaveSingleItem();
        (await app.SheetAsync(DayOfWeek.Thursday))!.Children.Single(c => c.ChildId == app.Leo).Status.ShouldBe(AttendanceStatus.Present);
    }

    [Fact]
    public async Task An_offline_queue_replayed_twice_gives_the_same_stream_and_sheet()
    {
        app.At(DayOfWeek.Friday, 12, 10);
        var leoPresent = AttendanceApp.Present(app.Leo);
        MarkInput[] queue =
        [
            leoPresent,
            AttendanceApp.Absent(app.Jade),
            AttendanceApp.Present(app.Tom),
            AttendanceApp.Absent(app.Jade, AbsenceReason.IllnessWithCertificate),
            AttendanceApp.Absent(app.Leo, AbsenceReason.Other, note: ""),
        ];

        var first = (await app.MarkAsync(DayOfWeek.Friday, queue)).ShouldSucceed();
        var stream = await app.EventsAsync(DayOfWeek.Friday);
        var sheet = await app.SheetAsync(DayOfWeek.Friday);
        var second = (await app.MarkAsync(DayOfWeek.Friday, queue)).ShouldSucceed();

        first.Outcomes.Select(o => o.Refusal is null).ShouldBe([true, true, true, true, false]);
        second.Outcomes.Select(o => o.Refusal is null).ShouldBe([true, true, true, true, false]);
        (await app.EventsAsync(DayOfWeek.Friday)).Count.ShouldBe(stream.Count);
        var after = (await app.SheetAsync(DayOfWeek.Friday))!;
        after.Children.Select(c => (c.FirstName, c.Status, c.Booked)).ShouldBe(sheet!.Children.Select(c => (c.FirstName, c.Status, c.Booked)));
        after.Children.Select(c => (c.FirstName, c.Status)).ShouldBe([("Jade", AttendanceStatus.AbsentJustified), ("Tom", AttendanceStatus.PresentUnbooked), ("Léo", AttendanceStatus.Present)]);
        (after.Counts.Booked, after.Counts.Present, after.Counts.Absent, after.Counts.Unbooked).ShouldBe((2, 2, 1, 1));

        var family = (await app.SendAsync(AttendanceApp.Slug, s => s.Send(new GetFamilyAttendanceQuery(app.Durand, app.Day(DayOfWeek.Friday)))))!;
        var leo = family.Children.Single(c => c.ChildId == app.Leo).Rows.Single();
        leo.Cells.Single(c => c.Date == app.Day(DayOfWeek.Friday)).Status.ShouldBe(AttendanceStatus.Present);
        family.Children.Single(c => c.ChildId == app.Jade).Rows.Single().Cells.Single(c => c.Date == app.Day(DayOfWeek.Friday)).Status
            .ShouldBe(AttendanceStatus.AbsentJustified);
    }

    [Fact]
    public async Task Validating_publishes_the_sheet_and_a_later_change_is_a_published_correction()
    {
        app.At(DayOfWeek.Monday, 13, 30);
        (await app.MarkAsync(DayOfWeek.Monday, AttendanceApp.Present(app.Leo), AttendanceApp.Absent(app.Jade))).ShouldSucceed();
        var validate = new ValidateSheetCommand(app.Day(DayOfWeek.Monday), app.Lunch, AttendanceApp.SchoolA, app.AgentId, "Paul Agent");

        var (validated, messages) = await app.SendTrackedAsync(AttendanceApp.Slug, s => s.Send(validate));
        var (again, repeated) = await app.SendTrackedAsync(AttendanceApp.Slug, s => s.Send(validate));
        app.At(DayOfWeek.Monday, 16);
        var correction = await app.TrackAsync(async () =>
            (await app.MarkAsync(DayOfWeek.Monday, AttendanceApp.Absent(app.Leo, AbsenceReason.IllnessWithCertificate))).ShouldSucceed());

        validated.ShouldSucceed();
        again.ShouldSucceed();
        var published = Published<AttendanceSheetValidatedIntegrationEvent>(messages).ShouldHaveSingleItem();
        published.Lines.Select(l => (l.ChildId, l.Status)).OrderBy(l => l.Status).ShouldBe([(app.Jade, "Absent"), (app.Leo, "Present")]);
        published.Lines.ShouldAllBe(l => l.UnitPriceCents == ReservationsTown.FirstServiceCents);
        Published<AttendanceSheetValidatedIntegrationEvent>(repeated).ShouldBeEmpty();
        var line = Published<AttendanceCorrectedIntegrationEvent>(correction).ShouldHaveSingleItem().Line;
        (line.ChildId, line.Status, line.Reason).ShouldBe((app.Leo, "AbsentJustified", "IllnessWithCertificate"));
        var sheet = (await app.SheetAsync(DayOfWeek.Monday))!;
        sheet.IsValidated.ShouldBeTrue();
        sheet.ValidatedBy.ShouldBe("Paul Agent");
        (await app.EventsAsync(DayOfWeek.Monday)).OfType<MarkCorrected>().ShouldHaveSingleItem().Author.Name.ShouldBe("Paul Agent");
    }

    [Fact]
    public async Task Marks_validation_and_corrections_appear_in_the_audit_log_with_their_author()
    {
        app.At(DayOfWeek.Tuesday, 12);
        var agent = app.AgentId;
        (await app.SendAsAsync(AttendanceApp.Slug, agent, s => s.Send(new RecordMarksCommand(
            app.Day(DayOfWeek.Tuesday), app.Lunch, AttendanceApp.SchoolA, [AttendanceApp.Present(app.Jade)], agent, "Paul Agent")))).ShouldSucceed();
        (await app.SendAsAsync(AttendanceApp.Slug, agent, s => s.Send(new ValidateSheetCommand(
            app.Day(DayOfWeek.Tuesday), app.Lunch, AttendanceApp.SchoolA, agent, "Paul Agent")))).ShouldSucceed();
        app.At(DayOfWeek.Tuesday, 15);
        (await app.SendAsAsync(AttendanceApp.Slug, agent, s => s.Send(new RecordMarksCommand(
            app.Day(DayOfWeek.Tuesday), app.Lunch, AttendanceApp.SchoolA, [AttendanceApp.Absent(app.Jade, AbsenceReason.TeacherAbsent)], agent, "Paul Agent")))).ShouldSucceed();

        var log = await app.SendAsync(AttendanceApp.Slug, s => s.Send(new ListAuditEntriesQuery(null, null, agent, null)));

        var entries = log.Entries.Where(e => e.Description.Contains("1er service", StringComparison.Ordinal)).ToList();
        entries.Select(e => e.Description).ShouldContain(d => d.StartsWith("Correction après validation, « 1er service », École A, mardi", StringComparison.Ordinal)
            && d.EndsWith($": Jade Durand désormais absent(e), enseignant absent (par Paul Agent, le {app.Day(DayOfWeek.Tuesday):dd/MM/yyyy} à 15:00)", StringComparison.Ordinal));
        entries.Select(e => e.Description).ShouldContain(d => d.StartsWith("Feuille de présence validée : « 1er service », École A", StringComparison.Ordinal));
        entries.Select(e => e.Description).ShouldContain(d => d.EndsWith(": Jade Durand présent(e) (par Paul Agent)", StringComparison.Ordinal));
        entries.ShouldAllBe(e => e.AuthorId == agent);
    }

    private static IEnumerable<T> Published<T>(ITrackedSession session) =>
        session.Sent.MessagesOf<T>().Concat(session.NoRoutes.MessagesOf<T>());
}

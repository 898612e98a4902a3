using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.Attendance.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.SubmitBookings;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Attendance.Tests.Support;

/// <summary>
/// A <see cref="ReservationsTown"/> whose first open week is booked for lunch: Jade (CE1) and Léo (CP, peanut allergy and
/// a PAI) of École A every day it runs, Tom (École B) on Monday. Every step is tracked, so Attendance has its copies
/// and sheets before the tests start. Each test sets the clock to the day it works on.
/// </summary>
public class AttendanceApp : CantineApp
{
    public const string Slug = "presences";
    public const string SchoolA = "École A";
    public const string SchoolB = "École B";

    public ReservationsTown Town { get; private set; } = null!;

    /// <summary>The Monday of the booked week.</summary>
    public DateOnly Monday { get; private set; }

    public Guid Lunch => Town.FirstService;

    public Guid Leo => Town.Leo;

    public Guid Jade => Town.Jade;

    public Guid Tom => Town.Tom;

    public Guid Durand => Town.Town.Family.FamilyId;

    public Guid Roux => Town.Town.OtherFamily.FamilyId;

    public Guid AgentId => Town.Town.Agent.UserId;

    public DateOnly Day(DayOfWeek day) => Monday.AddDays(((int)day + 6) % 7);

    /// <summary>Noon of <paramref name="day"/> of the booked week, in Paris.</summary>
    public void At(DayOfWeek day, int hour = 12, int minute = 0) =>
        Clock.SetParisTime(Day(day).ToDateTime(new TimeOnly(hour, minute)));

    protected override async Task SeedAsync()
    {
        await this.TrackAsync(async () => Town = await ReservationsTown.CreateAsync(this, Slug));
        await this.TrackAsync(async () =>
            (await SendAsync(Slug, s => s.Send(new ChangeChildCareNotesCommand(Town.Leo, "Arachide", true, null)))).ShouldSucceed());
        Monday = await Town.OpenWeekAsync(this);
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        await BookAsync(Durand, [.. days.SelectMany(d => new[] { new BookingCellInput(Leo, Lunch, Day(d)), new BookingCellInput(Jade, Lunch, Day(d)) })]);
        await BookAsync(Roux, [new BookingCellInput(Tom, Lunch, Day(DayOfWeek.Monday))]);
    }

    public Task<SheetDto?> SheetAsync(DayOfWeek day, string school = SchoolA, string? @class = null, string tenant = Slug) =>
        SendAsync(tenant, s => s.Send(new GetSheetQuery(Day(day), Lunch, school, @class)));

    public Task<Result<MarksRecordedDto>> MarkAsync(DayOfWeek day, params MarkInput[] marks) => MarkAsync(day, SchoolA, marks);

    public Task<Result<MarksRecordedDto>> MarkAsync(DayOfWeek day, string school, params MarkInput[] marks) =>
        SendAsync(Slug, s => s.Send(new RecordMarksCommand(Day(day), Lunch, school, marks, AgentId, "Paul Agent")));

    public static MarkInput Present(Guid child, Guid? markId = null) => new(markId ?? Guid.NewGuid(), child, MarkKind.Present);

    public static MarkInput Absent(Guid child, AbsenceReason? reason = null, string? note = null, Guid? markId = null) =>
        new(markId ?? Guid.NewGuid(), child, MarkKind.Absent, reason, note);

    /// <summary>The events of a sheet's stream, as stored.</summary>
    public async Task<IReadOnlyList<object>> EventsAsync(DayOfWeek day, string school = SchoolA)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession(Slug);
        var events = await session.Events.FetchStreamAsync(AttendanceSheetDecisions.IdFor(new SheetKey(Day(day), Lunch, school)));
        return [.. events.Select(e => e.Data)];
    }

    private async Task BookAsync(Guid family, IReadOnlyList<BookingCellInput> ticked)
    {
        var version = (await Town.SheetAsync(this, family, Monday)).Version;
        var (result, _) = await this.SendTrackedAsync(Slug, s => s.Send(new SubmitBookingsCommand(family, Monday, ticked, version, Guid.NewGuid())));
        result.ShouldSucceed();
    }
}

using System.Diagnostics;
using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.FindChildren;
using Cantine.Attendance.Contracts.OpenSheets;
using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.Attendance.Contracts.ValidateSheet;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.SubmitBookings;
using Shouldly;

namespace Cantine.Testing;

/// <summary>
/// A <see cref="ReservationsTown"/> with attendance, for "Présences" (manual §4): last week, this week and next week
/// booked (Léo and Jade at "1er service" Monday, Tuesday, Thursday, Friday, Léo at "Garderie soir" Monday and Tuesday;
/// Tom, of the Roux family, at "1er service" every day), and last week marked and validated by the agent:
/// <list type="bullet">
/// <item>Léo, "1er service": present, present, absent, present (3 × 3,20 € = 9,60 €); "Garderie soir": present, present
/// (2 × 1,80 € = 3,60 €).</item>
/// <item>Jade, "1er service": present, absent, absent justified (certificate), present; "Garderie soir": present on Monday
/// without a booking.</item>
/// <item>Tom: present every day.</item>
/// </list>
/// This week stays unmarked. Set the clock before creating it: weeks are counted from its Monday.
/// </summary>
public sealed record PresencesTown(ReservationsTown Reservations, DateOnly LastMonday)
{
    public const string SchoolOfDurand = "École A";
    public const string SchoolOfRoux = "École B";

    public string Slug => Reservations.Slug;

    public DateOnly ThisMonday => LastMonday.AddDays(7);

    public Guid Leo => Reservations.Leo;

    public Guid Jade => Reservations.Jade;

    public Guid Tom => Reservations.Tom;

    public static async Task<PresencesTown> CreateAsync(CantineApp app, string slug)
    {
        var reservations = await ReservationsTown.CreateAsync(app, slug);
        var today = app.Clock.ParisToday();
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var town = new PresencesTown(reservations, thisMonday.AddDays(-7));
        await town.UntilAttendanceKnowsTheChildrenAsync(app);
        for (var week = 0; week < 3; week++)
        {
            await town.BookWeekAsync(app, town.LastMonday.AddDays(7 * week));
        }

        Ok(await app.SendAsync(slug, s => s.Send(new OpenSheetsCommand(today))));
        await town.MarkLastWeekAsync(app);
        return town;
    }

    public static DateOnly[] SchoolDays(DateOnly monday) => [monday, monday.AddDays(1), monday.AddDays(3), monday.AddDays(4)];

    private async Task BookWeekAsync(CantineApp app, DateOnly monday)
    {
        var days = SchoolDays(monday);
        var roux = Reservations.Town.OtherFamily.FamilyId;
        var durand = Reservations.Town.Family.FamilyId;
        await CorrectAsync(app, roux, monday, days.Select(d => new BookingCellInput(Tom, Reservations.FirstService, d)));
        await CorrectAsync(app, durand, monday, days.SelectMany(d => new[] { new BookingCellInput(Leo, Reservations.FirstService, d), new BookingCellInput(Jade, Reservations.FirstService, d) })
            .Concat(days.Take(2).Select(d => new BookingCellInput(Leo, Reservations.EveningCare, d))));
    }

    /// <summary>A staff correction (allowed after the deadline), waiting for Attendance to receive the bookings.</summary>
    private async Task CorrectAsync(CantineApp app, Guid family, DateOnly monday, IEnumerable<BookingCellInput> cells)
    {
        var sheet = await Reservations.SheetAsync(app, family, monday, forStaff: true);
        var (result, _) = await app.SendTrackedAsync(Slug, s => s.Send(new CorrectBookingsCommand(
            family, sheet.PeriodStart, cells.ToList(), sheet.Version, Reservations.Town.Administrator.UserId)));
        Ok(result);
    }

    private async Task MarkLastWeekAsync(CantineApp app)
    {
        var (monday, tuesday, thursday, friday) = (LastMonday, LastMonday.AddDays(1), LastMonday.AddDays(3), LastMonday.AddDays(4));
        var certificate = new Func<Guid, MarkInput>(c => new MarkInput(Guid.NewGuid(), c, MarkKind.Absent, AbsenceReason.IllnessWithCertificate, "Certificat médical"));
        await MarkAsync(app, monday, Reservations.FirstService, SchoolOfDurand, Present(Leo), Present(Jade));
        await MarkAsync(app, tuesday, Reservations.FirstService, SchoolOfDurand, Present(Leo), Absent(Jade));
        await MarkAsync(app, thursday, Reservations.FirstService, SchoolOfDurand, Absent(Leo), certificate(Jade));
        await MarkAsync(app, friday, Reservations.FirstService, SchoolOfDurand, Present(Leo), Present(Jade));
        await MarkAsync(app, monday, Reservations.EveningCare, SchoolOfDurand, Present(Leo), Present(Jade));
        await MarkAsync(app, tuesday, Reservations.EveningCare, SchoolOfDurand, Present(Leo));
        foreach (var day in SchoolDays(LastMonday))
        {
            await MarkAsync(app, day, Reservations.FirstService, SchoolOfRoux, Present(Tom));
        }
    }

    private async Task MarkAsync(CantineApp app, DateOnly day, Guid service, string school, params MarkInput[] marks)
    {
        var agent = Reservations.Town.Agent;
        var recorded = Ok(await app.SendAsync(Slug, s => s.Send(new RecordMarksCommand(day, service, school, marks, agent.UserId, "Paul Agent"))));
        recorded.Outcomes.Where(o => o.Refusal is not null).ShouldBeEmpty();
        Ok(await app.SendAsync(Slug, s => s.Send(new ValidateSheetCommand(day, service, school, agent.UserId, "Paul Agent"))));
    }

    private static MarkInput Present(Guid child) => new(Guid.NewGuid(), child, MarkKind.Present);

    private static MarkInput Absent(Guid child) => new(Guid.NewGuid(), child, MarkKind.Absent);

    /// <summary>Attendance learns the town's children from Accounts' integration events: each is awaited.</summary>
    private async Task UntilAttendanceKnowsTheChildrenAsync(CantineApp app)
    {
        var waited = Stopwatch.StartNew();
        foreach (var name in new[] { "Léo", "Jade", "Tom" })
        {
            while ((await app.SendAsync(Slug, s => s.Send(new FindChildrenQuery(name)))).Count == 0)
            {
                waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), $"{Slug}: Attendance did not receive {name} from Accounts in time.");
                await Task.Delay(100);
            }
        }
    }

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));

    private static void Ok(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }
}

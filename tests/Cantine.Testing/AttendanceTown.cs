using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Attendance.Contracts.FindChildren;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.Testing;

/// <summary>
/// A <see cref="ReservationsTown"/> whose children are booked for the clock's today at "1er service" (a staff correction,
/// as the deadline has passed): Jade (CE1) and Léo (CP, allergic to peanuts, with a PAI) at École A, Tom (CE1) at École B.
/// Zoé (CM1, École A) is enrolled but not booked: the child an agent adds as "present, unbooked".
/// Reservations tells Attendance asynchronously: the sheets are awaited until they list every child.
/// </summary>
public sealed record AttendanceTown(ReservationsTown Reservations, DateOnly Today, Guid Zoe)
{
    public const string SchoolA = "École A";
    public const string SchoolB = "École B";

    public string Slug => Reservations.Slug;

    public TestTown Town => Reservations.Town;

    public Guid FirstService => Reservations.FirstService;

    public Guid Jade => Reservations.Jade;

    public Guid Leo => Reservations.Leo;

    public Guid Tom => Reservations.Tom;

    public static async Task<AttendanceTown> CreateAsync(CantineApp app, string slug)
    {
        var reservations = await ReservationsTown.CreateAsync(app, slug);
        var today = app.Clock.ParisToday();
        Ok(await app.SendAsync(slug, s => s.Send(new ChangeChildCareNotesCommand(reservations.Leo, "Arachide", true, null))));
        var zoe = Ok(await app.SendAsync(slug, s => s.Send(new RegisterChildCommand(
            reservations.Town.Family.FamilyId, "Zoé", "Durand", new DateOnly(2016, 1, 1), SchoolA, "CM1"))));
        var town = new AttendanceTown(reservations, today, zoe);

        // The Roux family first: its sheet also shows Jade (shared), not booked yet, so nothing of hers is cancelled.
        await BookTodayAsync(app, town, town.Town.OtherFamily.FamilyId, [town.Tom]);
        await BookTodayAsync(app, town, town.Town.Family.FamilyId, [town.Jade, town.Leo]);
        await UntilAsync(app, slug, async s => (await s.Send(new GetSheetQuery(today, town.FirstService, SchoolA)))?.Children.Count == 2
            && (await s.Send(new GetSheetQuery(today, town.FirstService, SchoolB)))?.Children.Count == 1);
        await UntilAsync(app, slug, async s => (await s.Send(new GetSheetQuery(today, town.FirstService, SchoolA)))!.Children.Any(c => c.HasPai));
        await UntilAsync(app, slug, async s => (await s.Send(new FindChildrenQuery("Zoé", SchoolA))).Count == 1);
        return town;
    }

    public Task<SheetDto> SheetAsync(CantineApp app, string school = SchoolA) =>
        app.SendAsync(Slug, async s => (await s.Send(new GetSheetQuery(Today, FirstService, school)))!);

    private static async Task BookTodayAsync(CantineApp app, AttendanceTown town, Guid family, Guid[] children)
    {
        var sheet = await town.Reservations.SheetAsync(app, family, town.Today, forStaff: true);
        var ticked = children.Select(c => new BookingCellInput(c, town.FirstService, town.Today)).ToList();
        Ok(await app.SendAsync(town.Slug, s => s.Send(new CorrectBookingsCommand(family, sheet.PeriodStart, ticked, sheet.Version, town.Town.Administrator.UserId))));
    }

    private static async Task UntilAsync(CantineApp app, string slug, Func<Mediator.ISender, ValueTask<bool>> ready)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await app.SendAsync(slug, ready))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"{slug}: Attendance did not receive today's bookings in time.");
            }

            await Task.Delay(100);
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

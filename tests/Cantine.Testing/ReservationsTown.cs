using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Contracts.GetChildEnrolments;

namespace Cantine.Testing;

/// <summary>
/// A <see cref="TestTown"/> ready for reservations: "1er service" at 3,20 € and "Garderie soir" at 1,80 €
/// (Monday, Tuesday, Thursday, Friday); the Durand family books Jade (shared with the Roux family) and Léo;
/// the Roux family also has Tom. Towns and children reach Reservations asynchronously: each is awaited.
/// </summary>
public sealed record ReservationsTown(TestTown Town, Guid Leo, Guid Tom, Guid FirstService, Guid EveningCare)
{
    public const int FirstServiceCents = 320;
    public const int EveningCareCents = 180;
    public string Slug => Town.Slug;

    public Guid Jade => Town.SharedChildId;

    /// <param name="periodKind">"Week" (the tests' towns) or "Month" (the load bench's town).</param>
    public static async Task<ReservationsTown> CreateAsync(CantineApp app, string slug, string periodKind = "Week")
    {
        var town = await TestTown.CreateAsync(app, slug, periodKind: periodKind);
        var leo = Ok(await app.SendAsync(slug, s => s.Send(new RegisterChildCommand(town.Family.FamilyId, "Léo", "Durand", new DateOnly(2019, 6, 1), "École A", "CP"))));
        var tom = Ok(await app.SendAsync(slug, s => s.Send(new RegisterChildCommand(town.OtherFamily.FamilyId, "Tom", "Roux", new DateOnly(2018, 2, 1), "École B", "CE1"))));
        await UntilAsync(app, slug, async s => await s.Send(new GetBookingCalendarQuery()) is not null);
        foreach (var child in new[] { town.SharedChildId, leo, tom })
        {
            await UntilAsync(app, slug, async s => await s.Send(new GetChildEnrolmentsQuery(child)) is not null);
        }

        var from = app.Clock.ParisToday().AddDays(-120);
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var first = Ok(await app.SendAsync(slug, s => s.Send(new CreateServiceCommand("1er service", FirstServiceCents, from, days, true, "Bookings"))));
        var evening = Ok(await app.SendAsync(slug, s => s.Send(new CreateServiceCommand("Garderie soir", EveningCareCents, from, days, true, "Attendance"))));
        foreach (var (child, service) in new[] { (town.SharedChildId, first), (town.SharedChildId, evening), (leo, first), (leo, evening), (tom, first) })
        {
            Ok(await app.SendAsync(slug, s => s.Send(new EnrolChildCommand(child, service))));
        }

        return new ReservationsTown(town, leo, tom, first, evening);
    }

    /// <summary>
    /// The first day of the first week, from the clock's today, that the Durand family can still book and whose every
    /// opening day is bookable (no closure, no bank holiday): what a parent sees when "Réservations" opens, skipping
    /// weeks shortened by a holiday so tests can tick any opening day. Computed from the town's calendar, never "today + N".
    /// </summary>
    public async Task<DateOnly> OpenWeekAsync(CantineApp app)
    {
        var sheet = await SheetAsync(app, Town.Family.FamilyId, null);
        for (var i = 0; i < 20; i++)
        {
            var cells = sheet.Children.SelectMany(c => c.Rows).Where(r => r.ServiceId == FirstService).SelectMany(r => r.Cells).ToList();
            if (sheet.IsOpen && cells.Count > 0 && cells.All(c => c.Bookable))
            {
                return sheet.PeriodStart;
            }

            sheet = await SheetAsync(app, Town.Family.FamilyId, sheet.NextPeriodStart);
        }

        throw new InvalidOperationException($"{Slug}: no fully open week within 20 weeks of {app.Clock.ParisToday():yyyy-MM-dd}.");
    }

    public Task<BookingSheetDto> SheetAsync(CantineApp app, Guid family, DateOnly? day, bool forStaff = false) =>
        app.SendAsync(Slug, async s => (await s.Send(new GetBookingSheetQuery(family, day, forStaff)))!);

    private static async Task UntilAsync(CantineApp app, string slug, Func<Mediator.ISender, ValueTask<bool>> ready)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await app.SendAsync(slug, ready))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"{slug}: Reservations did not receive the town or its children from Accounts in time.");
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

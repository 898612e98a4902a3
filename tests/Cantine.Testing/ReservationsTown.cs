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
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public string Slug => Town.Slug;

    public Guid Jade => Town.SharedChildId;

    public static async Task<ReservationsTown> CreateAsync(CantineApp app, string slug, TimeProvider? clock = null)
    {
        var town = await TestTown.CreateAsync(app, slug);
        var leo = Ok(await app.SendAsync(slug, s => s.Send(new RegisterChildCommand(town.Family.FamilyId, "Léo", "Durand", new DateOnly(2019, 6, 1), "École A", "CP"))));
        var tom = Ok(await app.SendAsync(slug, s => s.Send(new RegisterChildCommand(town.OtherFamily.FamilyId, "Tom", "Roux", new DateOnly(2018, 2, 1), "École B", "CE1"))));
        await UntilAsync(app, slug, async s => await s.Send(new GetBookingCalendarQuery()) is not null);
        foreach (var child in new[] { town.SharedChildId, leo, tom })
        {
            await UntilAsync(app, slug, async s => await s.Send(new GetChildEnrolmentsQuery(child)) is not null);
        }

        var from = Today(clock ?? TimeProvider.System).AddDays(-120);
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var first = Ok(await app.SendAsync(slug, s => s.Send(new CreateServiceCommand("1er service", FirstServiceCents, from, days, true, "Bookings"))));
        var evening = Ok(await app.SendAsync(slug, s => s.Send(new CreateServiceCommand("Garderie soir", EveningCareCents, from, days, true, "Attendance"))));
        foreach (var (child, service) in new[] { (town.SharedChildId, first), (town.SharedChildId, evening), (leo, first), (leo, evening), (tom, first) })
        {
            Ok(await app.SendAsync(slug, s => s.Send(new EnrolChildCommand(child, service))));
        }

        return new ReservationsTown(town, leo, tom, first, evening);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).DateTime);

    /// <summary>A week whose deadline is at least four days away whatever today is (Thursday before the week before).</summary>
    public static DateOnly OpenWeek(TimeProvider clock) => Today(clock).AddDays(14);

    public Task<BookingSheetDto> SheetAsync(CantineApp app, Guid family, DateOnly day, bool forStaff = false) =>
        app.SendAsync(Slug, async s => (await s.Send(new GetBookingSheetQuery(family, day, forStaff)))!);

    private static async Task UntilAsync(CantineApp app, string slug, Func<Mediator.ISender, ValueTask<bool>> ready)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await app.SendAsync(slug, ready))
        {
            if (DateTime.UtcNow > until)
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

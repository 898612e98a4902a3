using Cantine.Reservations.Contracts.AddClosure;
using Cantine.Reservations.Contracts.ChangeService;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.Testing;

/// <summary>
/// An open week whose "1er service" price changes in its middle, with booked days that no longer count.
/// The clock is pinned on Tuesday 9 September 2031 at 10:00 in Paris; the week of Monday 15 September is open
/// until Thursday 11 September 23:59. The Durand family booked, before the staff made these changes, Léo's
/// "1er service" on Monday and Thursday and Jade's "Garderie soir" on Friday. Then: "1er service" costs
/// 3,40 € from Tuesday 16 (3,20 € before), Thursday 18 is closed (a strike), and "Garderie soir" no longer
/// runs on Fridays. So Léo's Thursday and Jade's Friday stay booked (ticked, not editable) but count for nothing.
/// </summary>
public sealed record PriceChangeWeek(ReservationsTown Town)
{
    public const int NewPriceCents = 340;

    public static readonly DateOnly Monday = new(2031, 9, 15);

    public static DateOnly Tuesday => Monday.AddDays(1);

    public static DateOnly Thursday => Monday.AddDays(3);

    public static DateOnly Friday => Monday.AddDays(4);

    /// <summary>Where the host's clock starts for these tests: Tuesday 9 September 2031, 10:00 in Paris (08:00 UTC).</summary>
    public static readonly DateTimeOffset Start = new(2031, 9, 9, 8, 0, 0, TimeSpan.Zero);

    public static async Task<PriceChangeWeek> CreateAsync(CantineApp app, string slug)
    {
        var town = await ReservationsTown.CreateAsync(app, slug);
        var family = town.Town.Family.FamilyId;
        var sheet = await town.SheetAsync(app, family, Monday);
        BookingCellInput[] booked =
            [new(town.Leo, town.FirstService, Monday), new(town.Leo, town.FirstService, Thursday), new(town.Jade, town.EveningCare, Friday)];
        (await app.SendAsync(slug, s => s.Send(new SubmitBookingsCommand(family, Monday, booked, sheet.Version, Guid.NewGuid())))).ShouldSucceed();
        (await app.SendAsync(slug, s => s.Send(new ChangeServicePriceCommand(town.FirstService, NewPriceCents, Tuesday)))).ShouldSucceed();
        (await app.SendAsync(slug, s => s.Send(new AddClosureCommand("Grève", Thursday, Thursday, "ClosedDay")))).ShouldSucceed();
        DayOfWeek[] noFriday = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday];
        (await app.SendAsync(slug, s => s.Send(new ChangeServiceCommand(town.EveningCare, "Garderie soir", noFriday, true, "Attendance")))).ShouldSucceed();
        return new PriceChangeWeek(town);
    }
}

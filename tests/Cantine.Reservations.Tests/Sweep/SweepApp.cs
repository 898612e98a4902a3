using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.Reservations.Tests.Sweep;

/// <summary>
/// A weekly town whose services run from May 2026 on, for the calendar sweep: its clock starts before the sweep's
/// first instant and each test moves it. Each instant books for a family of its own, so rows do not interfere.
/// </summary>
public class SweepApp : CantineApp
{
    public const string Slug = "balayage";

    public ReservationsTown Town { get; private set; } = null!;

    protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2026, 9, 1, 8, 0, 0));

    protected override async Task SeedAsync() => Town = await ReservationsTown.CreateAsync(this, Slug);

    /// <summary>A new family with one child enrolled in "1er service" (Mon, Tue, Thu, Fri).</summary>
    public async Task<(Guid Family, Guid Child)> FamilyAsync(string name)
    {
        var family = (await SendAsync(Slug, s => s.Send(new RegisterFamilyCommand(name)))).ShouldSucceed();
        var (child, _) = await this.SendTrackedAsync(Slug, s => s.Send(new RegisterChildCommand(family, "Enfant", name, new DateOnly(2020, 1, 1), "École A", "CP")));
        (await SendAsync(Slug, s => s.Send(new EnrolChildCommand(child.ShouldSucceed(), Town.FirstService)))).ShouldSucceed();
        return (family, child.Value);
    }

    public async Task<BookingSheetDto> SheetAsync(Guid family, DateOnly? day) =>
        (await SendAsync(Slug, s => s.Send(new GetBookingSheetQuery(family, day)))).ShouldNotBeNull();

    /// <summary>Sends "Valider" with every bookable day of the sheet ticked.</summary>
    public Task<Result<BookingsSavedDto>> BookEveryDayAsync(BookingSheetDto sheet, Guid child) =>
        SendAsync(Slug, s => s.Send(new SubmitBookingsCommand(sheet.FamilyId, sheet.PeriodStart,
            [.. sheet.Children.SelectMany(c => c.Rows).SelectMany(r => r.Cells.Where(x => x.Bookable).Select(x => new BookingCellInput(child, r.ServiceId, x.Date)))],
            sheet.Version, Guid.NewGuid())));
}

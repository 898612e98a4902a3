using Cantine.EndToEnd.Browser;
using Cantine.Reservations.Contracts.AddClosure;
using Cantine.Reservations.Contracts.SubmitBookings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.EndToEnd.Reservations;

/// <summary>
/// A town ready for reservations, its clock set to a Monday at 10:00 in Paris: this week's deadline has passed,
/// next week is open until Thursday 23:59, so every deadline the pages show is known. The Roux family has a
/// booking next week, for the kitchen's headcounts.
/// </summary>
public sealed class ReservationsApp : BrowserApp
{
    public ReservationsTown Town { get; private set; } = null!;

    public DateOnly Today => Clock.ParisToday();

    public DateOnly NextMonday => Today.AddDays(7);

    /// <summary>Monday 16 September 2030, 10:00 in Paris.</summary>
    protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2030, 9, 16, 10, 0, 0));

    protected override async Task SeedAsync()
    {
        Town = await ReservationsTown.CreateAsync(this, "grenoble");
        // A closure far ahead (not bank holidays: one could fall on the days the tests book).
        (await SendAsync("grenoble", s => s.Send(new AddClosureCommand("Journée pédagogique", Today.AddDays(300), Today.AddDays(300), "ClosedDay")))).IsSuccess.ShouldBeTrue();
        var roux = Town.Town.OtherFamily.FamilyId;
        var sheet = await Town.SheetAsync(this, roux, NextMonday);
        var tuesday = NextMonday.AddDays(1);
        (await SendAsync("grenoble", s => s.Send(new SubmitBookingsCommand(roux, sheet.PeriodStart,
            [new(Town.Tom, Town.FirstService, NextMonday), new(Town.Tom, Town.FirstService, tuesday)], sheet.Version, Guid.NewGuid())))).IsSuccess.ShouldBeTrue();
    }

    /// <summary>The administrator's authenticator code at the product's time, half a minute after the last one.</summary>
    public string AdministratorCode() => TestTown.NextCode(Clock);
}

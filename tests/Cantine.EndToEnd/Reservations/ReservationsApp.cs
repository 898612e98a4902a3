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
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public TestClock Clock { get; } = new();

    public ReservationsTown Town { get; private set; } = null!;

    public DateOnly Today => ReservationsTown.Today(Clock);

    public DateOnly NextMonday => Today.AddDays(7);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override async Task SeedAsync()
    {
        var now = Clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, Paris);
        var days = ((int)DayOfWeek.Monday - (int)local.DayOfWeek + 7) % 7;
        var monday = local.Date.AddDays(days == 0 ? 7 : days).AddHours(10);
        Clock.Advance(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(monday, Paris), TimeSpan.Zero) - now);

        Town = await ReservationsTown.CreateAsync(this, "grenoble", Clock);
        // A closure far ahead (not bank holidays: one could fall on the days the tests book).
        (await SendAsync("grenoble", s => s.Send(new AddClosureCommand("Journée pédagogique", Today.AddDays(300), Today.AddDays(300), "ClosedDay")))).IsSuccess.ShouldBeTrue();
        var roux = Town.Town.OtherFamily.FamilyId;
        var sheet = await Town.SheetAsync(this, roux, NextMonday);
        var tuesday = NextMonday.AddDays(1);
        (await SendAsync("grenoble", s => s.Send(new SubmitBookingsCommand(roux, sheet.PeriodStart,
            [new(Town.Tom, Town.FirstService, NextMonday), new(Town.Tom, Town.FirstService, tuesday)], sheet.Version, Guid.NewGuid())))).IsSuccess.ShouldBeTrue();
    }

    /// <summary>The administrator's authenticator code at the product's time (the clock runs ahead of the machine's).</summary>
    public string AdministratorCode() =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(TestTown.AdministratorSecret)).ComputeTotp(Clock.GetUtcNow().UtcDateTime);
}

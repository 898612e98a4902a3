using System.Globalization;
using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Reservations;

/// <summary>
/// "Réservations" at each instant of the calendar sweep, as a parent lives it: the page opens on the first period
/// still open, says its deadline, and "Valider" saves; one second after that deadline the same page is refused.
/// </summary>
public sealed class BookingPageSweepTests(BookingPageSweepTests.App app) : IClassFixture<BookingPageSweepTests.App>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public sealed class App : CantineApp
    {
        public ReservationsTown Lyon { get; private set; } = null!;

        protected override DateTimeOffset StartsAt => TestClock.AtParis(new DateTime(2026, 9, 1, 8, 0, 0));

        protected override async Task SeedAsync() => Lyon = await ReservationsTown.CreateAsync(this, "lyon");
    }

    [Theory]
    [MemberData(nameof(CalendarSweep.ParisInstants), MemberType = typeof(CalendarSweep))]
    public async Task The_page_opens_on_the_open_period_saves_before_its_deadline_and_refuses_after(string instant)
    {
        app.Clock.SetParisTime(CalendarSweep.Parse(instant));
        var lyon = app.Lyon;
        var sheet = await lyon.SheetAsync(app, lyon.Town.Family.FamilyId, null);
        var url = $"/lyon/reservations?jour={sheet.PeriodStart:yyyy-MM-dd}";
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("lyon", lyon.Town.Family.Guardian.Login);

        var (response, page) = await parent.GetAsync("/lyon/reservations");
        var deadline = TimeZoneInfo.ConvertTime(sheet.Deadline, TestClock.Paris);
        var day = sheet.Children.SelectMany(c => c.Rows).SelectMany(r => r.Cells).First(c => c.Bookable).Date;
        var ticked = BookingForm.Ticked(page).Append(BookingForm.Key(lyon.Leo, lyon.FirstService, day)).Distinct().ToArray();
        var saved = await BookingForm.SubmitAsync(parent, page, ticked);
        var (_, reloaded) = await BookingForm.LoadAsync(parent, url);
        app.Clock.Set(sheet.Deadline.AddSeconds(1));
        var late = await BookingForm.SubmitAsync(parent, reloaded, [.. ticked, BookingForm.Key(lyon.Jade, lyon.FirstService, day)]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.Text(page.QuerySelector(".deadline")).ShouldBe($"Réservations possibles jusqu'au {deadline.ToString("dddd d MMMM yyyy", French)} à 23 h 59.");
        PortalClient.Location(saved).ShouldBe(url);
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await late.ReadPageAsync()).Errors().ShouldHaveSingleItem().ShouldContain("date butoir");
        (await lyon.SheetAsync(app, lyon.Town.Family.FamilyId, sheet.PeriodStart)).Children
            .Single(c => c.ChildId == lyon.Leo).Rows.Single(r => r.ServiceId == lyon.FirstService).Cells.Single(c => c.Date == day).Booked.ShouldBeTrue();
    }
}

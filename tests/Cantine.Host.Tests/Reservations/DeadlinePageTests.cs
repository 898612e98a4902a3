using System.Net;
using Cantine.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Reservations;

/// <summary>
/// The deadline through the page (SPEC §3): a page opened while the week was open and sent one minute after its
/// deadline is refused, nothing is written, and the parent's ticks are still shown; one minute before, it is saved.
/// The host's clock is moved to each side of the deadline.
/// </summary>
public sealed class DeadlinePageTests(DeadlinePageTests.App app) : IClassFixture<DeadlinePageTests.App>
{
    public sealed class App : CantineApp
    {

        public ReservationsTown Lyon { get; private set; } = null!;

        protected override async Task SeedAsync() => Lyon = await ReservationsTown.CreateAsync(this, "lyon");

    }

    [Fact]
    public async Task A_page_left_open_past_the_deadline_is_refused_and_keeps_the_ticks()
    {
        var lyon = app.Lyon;
        var family = lyon.Town.Family.FamilyId;
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("lyon", lyon.Town.Family.Guardian.Login);
        var week = await lyon.OpenWeekAsync(app);
        var sheet = await lyon.SheetAsync(app, family, week);
        var url = $"/lyon/reservations?jour={sheet.PeriodStart:yyyy-MM-dd}";
        var day = sheet.Children[0].Rows[0].Cells.First(c => c.Bookable).Date;
        string[] before = [BookingForm.Key(lyon.Leo, lyon.FirstService, day)];
        string[] after = [BookingForm.Key(lyon.Leo, lyon.FirstService, day), BookingForm.Key(lyon.Jade, lyon.FirstService, day)];

        // One minute before the deadline: saved.
        var (_, page) = await BookingForm.LoadAsync(parent, url);
        app.Clock.Advance(sheet.Deadline - app.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        var inTime = await BookingForm.SubmitAsync(parent, page, before);
        PortalClient.Location(inTime).ShouldBe(url);

        // The page reloaded just before the deadline, sent one minute after it: refused, nothing written.
        var (_, reloaded) = await BookingForm.LoadAsync(parent, url);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await BookingForm.SubmitAsync(parent, reloaded, after);

        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await late.ReadPageAsync();
        refused.Errors().ShouldHaveSingleItem().ShouldStartWith("La date butoir de cette période");
        refused.Confirmation().ShouldBeNull();
        BookingForm.Box(refused, after[1]).IsChecked.ShouldBeTrue();
        BookingForm.Box(refused, after[1]).HasAttribute("disabled").ShouldBeTrue();
        refused.QuerySelector("main form.booking-form button[type=submit]").ShouldBeNull();
        var saved = await lyon.SheetAsync(app, family, week);
        saved.IsOpen.ShouldBeFalse();
        saved.GrandTotalCents.ShouldBe(ReservationsTown.FirstServiceCents);
    }
}

using System.Net;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Instances;

/// <summary>
/// Issue #18, ADR 0039: a cache invalidated on one instance is invalidated on the other. Two hosts on one database, each
/// with its own per-instance caches (ADR 0030) and its own clock, which the tests never move: what the other instance shows
/// changes because PostgreSQL's notice reached it, not because its 30-second time to live ran out.
/// </summary>
[Trait("Category", "Instances")]
public sealed class CachesAcrossInstancesTests(CachesAcrossInstancesTests.App app) : IClassFixture<CachesAcrossInstancesTests.App>
{
    /// <summary>Well under the caches' 30 s, which the clocks never reach anyway: a notice arrives in milliseconds.</summary>
    private static readonly TimeSpan NoticeDelay = TimeSpan.FromSeconds(5);

    public sealed class App : CantineApp
    {
        public ReservationsTown Town { get; private set; } = null!;

        public CantineHost Second { get; private set; } = null!;

        protected override bool SharesHost => false;

        protected override async Task SeedAsync()
        {
            Second = await CantineHost.StartAsync(StartsAt, new Dictionary<string, string?>(), serveOverHttp: false, connect: _ => Database.ConnectionString);
            Town = await ReservationsTown.CreateAsync(this, "lyon");
        }

        public async Task<BookingSheetDto> SheetOnSecondAsync(DateOnly monday)
        {
            await using var scope = Second.Services.GetRequiredService<TenantScopeFactory>().Create(Town.Slug);
            return (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetBookingSheetQuery(Town.Town.Family.FamilyId, monday))).ShouldNotBeNull();
        }

        public override async ValueTask DisposeAsync()
        {
            await Second.StopAsync();
            await base.DisposeAsync();
        }
    }

    private int LunchPrice(BookingSheetDto sheet) =>
        sheet.Children.SelectMany(c => c.Rows).First(r => r.ServiceId == app.Town.FirstService).UnitPriceCents;

    [Fact]
    public async Task A_price_changed_on_one_instance_shows_on_the_other_without_waiting_for_the_cache_to_expire()
    {
        var monday = await app.Town.OpenWeekAsync(app);
        LunchPrice(await app.SheetOnSecondAsync(monday)).ShouldBe(ReservationsTown.FirstServiceCents, "the second instance has the town cached");
        var secondClock = app.Second.Clock.GetUtcNow();

        (await app.SendAsync(app.Town.Slug, s => s.Send(new ChangeServicePriceCommand(app.Town.FirstService, 410, monday)))).IsSuccess.ShouldBeTrue();

        LunchPrice(await app.Town.SheetAsync(app, app.Town.Town.Family.FamilyId, monday)).ShouldBe(410, "the instance that changed it");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (LunchPrice(await app.SheetOnSecondAsync(monday)) != 410)
        {
            waited.Elapsed.ShouldBeLessThan(NoticeDelay, "the second instance still shows the old price from its cache");
            await Task.Delay(50);
        }

        app.Second.Clock.GetUtcNow().ShouldBe(secondClock);
    }

    [Fact]
    public async Task A_session_ended_on_one_instance_is_refused_by_the_other_at_once()
    {
        var cookies = new CookieContainer();
        using var first = app.CreatePortalClient(cookies);
        await first.SignInGuardianAsync(app.Town.Slug, app.Town.Town.Family.Guardian.Login);
        using var second = new PortalClient(app.Second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)), app.Second.Clock);
        (await second.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK, "the second instance has the session check cached");
        var kept = cookies.GetAllCookies().Select(c => new Cookie(c.Name, c.Value, c.Path, c.Domain)).ToList();

        var (_, home) = await first.GetAsync("/lyon/accueil");
        PortalClient.Location(await first.SubmitAsync(home, "/lyon/accueil", new Dictionary<string, string>(), "/lyon/deconnexion")).ShouldBe("/lyon");

        var replay = new CookieContainer();
        kept.ForEach(replay.Add);
        using var stale = new PortalClient(app.Second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(replay)), app.Second.Clock);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        HttpResponseMessage after;
        while ((after = await stale.Http.GetAsync("/lyon/accueil")).StatusCode == HttpStatusCode.OK)
        {
            waited.Elapsed.ShouldBeLessThan(NoticeDelay, "the second instance still accepts the ended session from its cache");
            await Task.Delay(50);
        }

        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldStartWith("/lyon?retour=");
    }
}

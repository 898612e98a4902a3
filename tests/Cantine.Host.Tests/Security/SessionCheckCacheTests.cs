using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Security;

/// <summary>
/// ADR 0030: the session check is cached per instance for a short while, yet what ends a session still ends it at once on
/// the instance that handled it, and a cached check really costs no round trip.
/// </summary>
public sealed class SessionCheckCacheTests(SessionCheckCacheTests.App app) : IClassFixture<SessionCheckCacheTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "cache");
    }

    [Fact]
    public async Task A_signed_out_session_is_refused_at_once_though_its_check_was_cached()
    {
        var cookies = new CookieContainer();
        using var client = app.CreatePortalClient(cookies);
        await client.SignInGuardianAsync("cache", app.Town.Family.Guardian.Login);
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        using var thief = app.CreatePortalClient(copy);
        (await thief.Http.GetAsync("/cache/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await thief.Http.GetAsync("/cache/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (_, home) = await client.GetAsync("/cache/accueil");
        await client.SubmitAsync(home, "/cache/accueil", new Dictionary<string, string>(), "/cache/deconnexion");

        var replay = await thief.Http.GetAsync("/cache/accueil");
        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replay.Headers.Location!.OriginalString.ShouldStartWith("/cache?retour=");
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_at_once()
    {
        const string newPassword = "Une phrase de passe assez longue 2026";
        var login = app.Town.OtherFamily.Guardian.Login;
        using var phone = app.CreatePortalClient();
        using var laptop = app.CreatePortalClient();
        await phone.SignInGuardianAsync("cache", login);
        await laptop.SignInGuardianAsync("cache", login);
        (await laptop.Http.GetAsync("/cache/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await laptop.Http.GetAsync("/cache/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = await phone.SubmitMainAsync("/cache/mot-de-passe", new Dictionary<string, string>
        {
            ["Saisie.AncienMotDePasse"] = TestTown.Password,
            ["Saisie.NouveauMotDePasse"] = newPassword,
            ["Saisie.Confirmation"] = newPassword,
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await changed.Content.ReadAsStringAsync());

        (await laptop.Http.GetAsync("/cache/accueil")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await phone.Http.GetAsync("/cache/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_cached_session_check_costs_no_round_trip()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("cache", app.Town.Family.Guardian.Login);

        var first = await SqlRoundTrips.OfRequestAsync(client, "/cache/accueil");
        var second = await SqlRoundTrips.OfRequestAsync(client, "/cache/accueil");

        // The sign-in wrote the account's credentials, so the first request reads the session state; the second does not.
        first.ShouldContain(s => s.Contains("usercredentials", StringComparison.Ordinal), string.Join("\n", first));
        second.ShouldNotContain(s => s.Contains("usercredentials", StringComparison.Ordinal), string.Join("\n", second));
        // The home page also reads the town's calendar on its first visit (cached per town since, ADR 0030 and 0032).
        second.Count.ShouldBe(first.Count(s => !s.Contains("usercredentials", StringComparison.Ordinal) && !s.Contains("bookingcalendar", StringComparison.Ordinal)), string.Join("\n", second));
    }
}

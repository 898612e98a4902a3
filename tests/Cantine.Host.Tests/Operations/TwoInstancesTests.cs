using System.Net;
using Cantine.Accounts.Features.GetSessionState;

namespace Cantine.Host.Tests.Operations;

/// <summary>
/// Issue #18, ADR 0037: two instances of the portal on one database behind nginx, configured as
/// <c>./cantine run --instances 2</c> configures it. A session opened on one instance continues on the other (the Data
/// Protection keys and the sessions are in PostgreSQL); nginx spreads requests over both; the sign-in limit is counted
/// once for both (nginx's <c>limit_req</c>, a French 429 page); a session ended on one instance is refused by the other
/// once that one's cache entry is older than its time to live (ADR 0030's bound, 30 s).
/// </summary>
public sealed class TwoInstancesTests(TwoInstancesTests.App app) : IClassFixture<TwoInstancesTests.App>
{
    private const int SignInPerMinute = 5;

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public CantineHost Second { get; private set; } = null!;

        public NginxProxy Nginx { get; private set; } = null!;

        protected override bool ServeOverHttp => true;

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "lyon");
            // The second instance on the first one's database: nothing of its own but its process state (caches, clock).
            Second = await CantineHost.StartAsync(StartsAt, new Dictionary<string, string?>(), serveOverHttp: true, connect: _ => Database.ConnectionString);
            Nginx = await NginxProxy.StartAsync(SignInPerMinute, Address!, Second.Address!);
        }

        public override async ValueTask DisposeAsync()
        {
            await Nginx.DisposeAsync();
            await Second.StopAsync();
            await base.DisposeAsync();
        }
    }

    private static PortalClient Client(Uri address, CookieContainer cookies, TestClock clock) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address }, clock);

    [Fact]
    public async Task A_session_opened_on_one_instance_continues_on_the_other_and_through_nginx_on_both()
    {
        var cookies = new CookieContainer();
        using var first = Client(app.Address!, cookies, app.Clock);
        await first.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);

        using var second = Client(app.Second.Address!, cookies, app.Second.Clock);
        var (home, page) = await second.GetAsync("/lyon/accueil");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.ShouldContain("Marie Durand");

        using var proxied = Client(app.Nginx.Address, cookies, app.Clock);
        var instances = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            var response = await proxied.Http.GetAsync("/lyon/accueil");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            instances.Add(response.Headers.GetValues("X-Cantine-Instance").Single());
        }

        instances.ShouldBe([$"127.0.0.1:{app.Address!.Port}", $"127.0.0.1:{app.Second.Address!.Port}"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_sign_in_limit_holds_across_both_instances_with_a_french_page()
    {
        using var visitor = Client(app.Nginx.Address, new CookieContainer(), app.Clock);
        var (_, page) = await visitor.GetAsync("/lyon");
        var answered = new List<HttpResponseMessage>();
        for (var i = 0; i < SignInPerMinute + 2; i++)
        {
            // The same form posted again and again (its antiforgery token is good on either instance): nginx sends
            // the posts to the two instances in turn.
            answered.Add(await visitor.SubmitAsync(page, "/lyon", new Dictionary<string, string>
            {
                ["Connexion.Login"] = "personne.inconnue",
                ["Connexion.MotDePasse"] = "Pas-le-bon-mot-de-passe",
            }, "handler=Connexion"));
        }

        // Each instance's own limiter would let 100,000 through (the tests' setting); nginx counts for both.
        answered.Take(SignInPerMinute).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        answered.Take(SignInPerMinute).Select(r => r.Headers.GetValues("X-Cantine-Instance").Single()).Distinct().Count().ShouldBe(2);
        var refused = answered.Skip(SignInPerMinute).ToList();
        refused.ShouldAllBe(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        refused[0].Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(60));
        var body = await refused[0].Content.ReadAsStringAsync();
        body.ShouldContain("lang=\"fr\"");
        body.ShouldContain("Trop de tentatives");

        // Reading the page is never limited.
        (await visitor.Http.GetAsync("/lyon")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_session_ended_on_one_instance_is_refused_by_the_other_within_the_cache_time_to_live()
    {
        var cookies = new CookieContainer();
        using var first = Client(app.Address!, cookies, app.Clock);
        await first.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);
        using var second = Client(app.Second.Address!, cookies, app.Second.Clock);
        (await second.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var kept = cookies.GetAllCookies().Select(c => new Cookie(c.Name, c.Value, c.Path, c.Domain)).ToList();

        var (_, home) = await first.GetAsync("/lyon/accueil");
        PortalClient.Location(await first.SubmitAsync(home, "/lyon/accueil", new Dictionary<string, string>(), "/lyon/deconnexion")).ShouldBe("/lyon");
        (await first.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the instance that ended it refuses at once");

        // The second instance checked the session less than 30 s ago (its clock): it may still accept the old cookie
        // until its cached check expires, never after (ADR 0030).
        var replay = new CookieContainer();
        kept.ForEach(replay.Add);
        using var stale = Client(app.Second.Address!, replay, app.Second.Clock);
        app.Second.Clock.Advance(SessionStates.TimeToLive + TimeSpan.FromSeconds(1));
        var after = await stale.Http.GetAsync("/lyon/accueil");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldStartWith("/lyon?retour=");
    }
}

using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Security;

/// <summary>
/// RGAA 13.1 and ASVS 3.3 (ADR 0032): a session without "Se souvenir de moi" ends after a configured time without activity
/// (five minutes here, configuration rather than waiting: the test clock moves); the page says how long it has left and
/// when to warn; "Prolonger ma session" renews it in the background, with the page's antiforgery token.
/// </summary>
public sealed class SessionTimeLimitTests(SessionTimeLimitTests.App app) : IClassFixture<SessionTimeLimitTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Sessions:IdleTimeout"] = "00:05:00",
            ["Sessions:WarningBefore"] = "00:02:00",
        };

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");

        /// <summary>A parent signed in now, without "Se souvenir de moi" unless asked.</summary>
        public async Task<PortalClient> SignedInAsync(bool remember = false)
        {
            Clock.SetParisTime(new DateTime(2030, 9, 10, 10, 0, 0));
            var client = CreatePortalClient();
            var fields = new Dictionary<string, string>
            {
                ["Connexion.Login"] = Town.Family.Guardian.Login,
                ["Connexion.MotDePasse"] = TestTown.Password,
            };
            if (remember)
            {
                fields["Connexion.SeSouvenir"] = "true";
            }

            PortalClient.Location(await client.SubmitAsync("/lyon", fields, "handler=Connexion")).ShouldBe("/lyon/accueil");
            return client;
        }
    }

    private static async Task<HttpStatusCode> HomeStatusAsync(PortalClient client) => (await client.Http.GetAsync("/lyon/accueil")).StatusCode;

    private static Task<HttpResponseMessage> ExtendAsync(PortalClient client, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/lyon/session/prolonger");
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return client.Http.SendAsync(request);
    }

    private static string Token(IHtmlDocument page) => ((IHtmlInputElement)page.QuerySelector($"input[name={Forms.AntiforgeryField}]")!).Value;

    [Fact]
    public async Task A_session_without_remember_me_ends_after_five_minutes_without_activity()
    {
        var parent = await app.SignedInAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        (await HomeStatusAsync(parent)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_request_after_half_of_the_time_renews_it()
    {
        var parent = await app.SignedInAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        (await HomeStatusAsync(parent)).ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(4));

        (await HomeStatusAsync(parent)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Remember_me_keeps_its_thirty_days()
    {
        var parent = await app.SignedInAsync(remember: true);

        app.Clock.Advance(TimeSpan.FromDays(29));

        (await HomeStatusAsync(parent)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_page_says_how_long_the_session_has_left_and_when_to_warn()
    {
        var parent = await app.SignedInAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var (_, page) = await parent.GetAsync("/lyon/accueil");

        var limit = page.QuerySelector("[data-session-limit]")!;
        limit.GetAttribute("data-seconds").ShouldBe("240");
        limit.GetAttribute("data-warn").ShouldBe("120");
        limit.GetAttribute("data-url").ShouldBe("/lyon/session/prolonger");
        var dialog = limit.QuerySelector("[role=alertdialog]")!;
        dialog.HasAttribute("hidden").ShouldBeTrue();
        dialog.GetAttribute("aria-labelledby").ShouldBe("session-limit-titre");
        Html.Text(dialog.QuerySelector("h2")).ShouldBe("Votre session va bientôt se terminer");
        Html.Text(dialog.QuerySelector("button")).ShouldBe("Prolonger ma session");
        limit.QuerySelector("[aria-live=polite]").ShouldNotBeNull();
        page.QuerySelectorAll("[role=status]").ShouldBeEmpty();
        page.QuerySelector("script[src^='/js/session.js']").ShouldNotBeNull();
        (await app.CreatePortalClient().GetAsync("/lyon")).Page.QuerySelector("[data-session-limit]").ShouldBeNull();
    }

    [Fact]
    public async Task Prolonger_ma_session_renews_it_for_its_full_length_without_a_page()
    {
        var parent = await app.SignedInAsync();
        var (_, page) = await parent.GetAsync("/lyon/accueil");
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var response = await ExtendAsync(parent, Token(page));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("seconds").GetInt32().ShouldBe(300);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("cantine.session", StringComparison.Ordinal));
        app.Clock.Advance(TimeSpan.FromMinutes(4)); // 6 minutes after signing in, 4 after the extension
        (await HomeStatusAsync(parent)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_the_extension_the_same_pause_ends_the_session()
    {
        var parent = await app.SignedInAsync();
        await parent.GetAsync("/lyon/accueil");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        app.Clock.Advance(TimeSpan.FromMinutes(4));

        (await HomeStatusAsync(parent)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_extension_needs_the_antiforgery_token_and_a_session()
    {
        var parent = await app.SignedInAsync();

        (await ExtendAsync(parent, null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ExtendAsync(parent, "faux")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var anonymous = await ExtendAsync(app.CreatePortalClient(), null);
        anonymous.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest);
        anonymous.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }
}

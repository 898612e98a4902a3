using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Security;

/// <summary>
/// PostgreSQL down (issue #18, defect 3): every page answers a French 503 "Service momentanément indisponible" with
/// <c>Retry-After</c>, never a stack trace, in every environment (Development's exception page too); the readiness
/// probe says not ready; a town's sign-in page still renders; everything answers again once PostgreSQL is back. The
/// host reaches its database through a relay the test cuts (<see cref="PostgresOutage"/>), so the other test classes
/// keep their cluster.
/// </summary>
public abstract class DatabaseOutageTests<TApp>(TApp app) where TApp : DatabaseOutageTests<TApp>.OutageApp
{
    public abstract class OutageApp : CantineApp
    {
        public PostgresOutage Outage { get; } = new();

        public TestTown Town { get; private set; } = null!;

        protected override Func<string, string>? Connect => Outage.Relay;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");

        public override async ValueTask DisposeAsync()
        {
            if (Outage.IsDown)
            {
                Outage.Restore();
            }

            await base.DisposeAsync();
            await Outage.DisposeAsync();
        }
    }

    [Fact]
    public async Task With_PostgreSQL_down_pages_say_so_in_French_the_probe_is_not_ready_and_sign_in_still_renders()
    {
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);
        using var visitor = app.CreatePortalClient();
        (await visitor.GetAsync("/lyon")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var probe = app.CreateClient();

        app.Outage.Cut();
        try
        {
            foreach (var url in new[] { "/lyon/accueil", "/lyon/reservations", "/lyon/factures", "/lyon/contact" })
            {
                var (response, page) = await parent.GetAsync(url);
                await ShouldBeUnavailableAsync(response, page, url);
            }

            var post = await parent.Http.PostAsync("/lyon/contact", new FormUrlEncodedContent([new("Message.Objet", "Bonjour")]));
            await ShouldBeUnavailableAsync(post, await post.ReadPageAsync(), "POST /lyon/contact");

            (await probe.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await probe.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

            var (signIn, signInPage) = await visitor.GetAsync("/lyon");
            signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
            signInPage.QuerySelector("input[name='Connexion.Login']").ShouldNotBeNull();
        }
        finally
        {
            app.Outage.Restore();
        }

        await WaitUntilAsync(async () => (await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK);
        await WaitUntilAsync(async () => (await parent.GetAsync("/lyon/accueil")).Response.StatusCode == HttpStatusCode.OK);
    }

    private static async Task ShouldBeUnavailableAsync(HttpResponseMessage response, AngleSharp.Html.Dom.IHtmlDocument page, string what)
    {
        var body = page.DocumentElement.OuterHtml;
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, $"{what}: {body[..Math.Min(body.Length, 2000)]}");
        response.Headers.RetryAfter.ShouldNotBeNull(what);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", what);
        page.Heading().ShouldBe("Service momentanément indisponible", what);
        page.DocumentElement.GetAttribute("lang").ShouldBe("fr");
        body.ShouldNotContain("Npgsql", Case.Insensitive, what);
        body.ShouldNotContain("Exception", Case.Insensitive, what);
        await Task.CompletedTask;
    }

    /// <summary>Pools notice the way back at their own pace: ask again, 15 s at most.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(15); await Task.Delay(200))
        {
            if (await condition())
            {
                return;
            }
        }

        (await condition()).ShouldBeTrue("PostgreSQL was back, the product did not answer again within 15 s");
    }
}

/// <summary>The tests' environment ("Testing").</summary>
public sealed class DatabaseOutageTests(DatabaseOutageTests.App app)
    : DatabaseOutageTests<DatabaseOutageTests.App>(app), IClassFixture<DatabaseOutageTests.App>
{
    public sealed class App : OutageApp;
}

/// <summary>Development, where ASP.NET Core's developer exception page would print the exception.</summary>
public sealed class DatabaseOutageInDevelopmentTests(DatabaseOutageInDevelopmentTests.App app)
    : DatabaseOutageTests<DatabaseOutageInDevelopmentTests.App>(app), IClassFixture<DatabaseOutageInDevelopmentTests.App>
{
    public sealed class App : OutageApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Payfip:Simulator"] = "false",
        };
    }
}

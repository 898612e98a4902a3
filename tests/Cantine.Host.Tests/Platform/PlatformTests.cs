using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Platform;

/// <summary>What the platform answers for every structure: unknown addresses, health, security headers, cookies (SPEC §1, §9).</summary>
public sealed class PlatformTests(PlatformTests.App app) : IClassFixture<PlatformTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    [Theory]
    [InlineData("/inconnue")]
    [InlineData("/inconnue/accueil")]
    [InlineData("/inconnue/admin")]
    [InlineData("/lyon/pas-de-page-ici")]
    public async Task An_unknown_address_gets_the_French_not_found_page(string url)
    {
        using var client = app.CreatePortalClient();

        var (response, page) = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.Heading().ShouldBe("Page introuvable");
        page.DocumentElement.GetAttribute("lang").ShouldBe("fr");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_health_checks_answer(string url)
    {
        using var client = app.CreatePortalClient();

        var response = await client.Http.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        using var client = app.CreatePortalClient();

        var response = await client.Http.GetAsync("/lyon");

        var csp = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d);
        directives["script-src"].ShouldBe("script-src 'self'");
        directives["script-src"].ShouldNotContain("unsafe-inline");
        directives["default-src"].ShouldNotContain("unsafe-inline");
        directives["frame-ancestors"].ShouldBe("frame-ancestors 'none'");
        directives["object-src"].ShouldBe("object-src 'none'");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBeOneOf("same-origin", "strict-origin-when-cross-origin", "no-referrer", "strict-origin");
    }

    [Fact]
    public async Task Signed_in_pages_are_not_cached()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);

        var response = await client.Http.GetAsync("/lyon/accueil");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Cookies_are_HttpOnly_and_SameSite()
    {
        using var client = app.CreatePortalClient();
        var (loginPage, _) = await client.GetAsync("/lyon");
        var signIn = await client.SubmitAsync("/lyon", new Dictionary<string, string>
        {
            ["Connexion.Login"] = app.Town.Family.Guardian.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        }, "handler=Connexion");
        using var staff = app.CreatePortalClient();
        var staffPassword = await staff.SubmitAsync("/lyon/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = app.Town.Administrator.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        });

        var antiforgery = Cookie(loginPage, "cantine.antiforgery=");
        var session = Cookie(signIn, "cantine.session=");
        var twoFactor = Cookie(staffPassword, "cantine.2fa=");

        foreach (var cookie in new[] { antiforgery, session, twoFactor })
        {
            cookie.ShouldContain("httponly", Case.Insensitive, cookie);
            cookie.ShouldContain("samesite=", Case.Insensitive, cookie);
            cookie.ShouldContain("path=/", Case.Insensitive, cookie);
        }

        session.ShouldContain("samesite=lax", Case.Insensitive);
        antiforgery.ShouldContain("samesite=strict", Case.Insensitive);
        twoFactor.ShouldContain("samesite=strict", Case.Insensitive);
    }

    [Fact]
    public async Task An_oversized_link_token_gets_the_invalid_link_message_not_an_error()
    {
        using var client = app.CreatePortalClient();

        var (response, page) = await client.GetAsync("/lyon/mot-de-passe/choisir?jeton=" + new string('A', 5000));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ErrorNotice().ShouldBe("Ce lien n'est pas valide ou a déjà servi. Demandez un nouveau lien depuis la page de connexion.");
        page.DocumentElement.TextContent.ShouldNotContain("Exception");
    }

    private static string Cookie(HttpResponseMessage response, string prefix) =>
        response.Headers.GetValues("Set-Cookie").SingleOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal))
        ?? throw new ShouldAssertException($"No {prefix} cookie in: {string.Join(" | ", response.Headers.GetValues("Set-Cookie"))}");
}

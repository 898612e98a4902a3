using System.Net;

namespace Cantine.Host.Tests.Operations;

/// <summary>
/// ADR 0037: behind nginx every request comes from 127.0.0.1, so the host reads the client's address from
/// <c>X-Forwarded-For</c> (believed from a loopback proxy only); otherwise one family's failed sign-ins would lock the
/// whole town out. Served by Kestrel: the proxy's address is the real connection's.
/// </summary>
public sealed class ForwardedClientAddressTests(ForwardedClientAddressTests.App app) : IClassFixture<ForwardedClientAddressTests.App>
{
    public sealed class App : CantineApp
    {
        protected override bool ServeOverHttp => true;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimits:SignInPerMinute"] = "2",
        };

        protected override Task SeedAsync() => TestTown.CreateAsync(this, "lyon");
    }

    private async Task<HttpStatusCode> SignInFromAsync(string clientAddress)
    {
        using var client = new PortalClient(
            new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.Address }, app.Clock);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        var response = await client.SubmitAsync("/lyon", new Dictionary<string, string>
        {
            ["Connexion.Login"] = "personne.inconnue",
            ["Connexion.MotDePasse"] = "Pas-le-bon-mot-de-passe",
        }, "handler=Connexion");
        return response.StatusCode;
    }

    [Fact]
    public async Task The_sign_in_limit_counts_each_client_behind_the_proxy_apart()
    {
        (await SignInFromAsync("203.0.113.10")).ShouldBe(HttpStatusCode.OK);
        (await SignInFromAsync("203.0.113.10")).ShouldBe(HttpStatusCode.OK);
        (await SignInFromAsync("203.0.113.10")).ShouldBe(HttpStatusCode.TooManyRequests);

        (await SignInFromAsync("203.0.113.20")).ShouldBe(HttpStatusCode.OK, "another family behind the same proxy is not locked out");
    }
}

using System.Net;

namespace Cantine.Host.Tests.Security;

/// <summary>SPEC §2 "sessions end on logout": a copy of the cookie taken before "Déconnexion" no longer works.</summary>
public sealed class SignOutEndsTheSessionTests(SignOutEndsTheSessionTests.App app) : IClassFixture<SignOutEndsTheSessionTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "sortie");
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards()
    {
        var cookies = new CookieContainer();
        using var client = app.CreatePortalClient(cookies);
        await client.SignInGuardianAsync("sortie", app.Town.Family.Guardian.Login);
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        using var thief = app.CreatePortalClient(copy);
        (await thief.Http.GetAsync("/sortie/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (_, home) = await client.GetAsync("/sortie/accueil");
        var signOut = await client.SubmitAsync(home, "/sortie/accueil", new Dictionary<string, string>(), "/sortie/deconnexion");
        PortalClient.Location(signOut).ShouldBe("/sortie");

        var replay = await thief.Http.GetAsync("/sortie/accueil");
        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replay.Headers.Location!.OriginalString.ShouldStartWith("/sortie?retour=");
    }

    [Fact]
    public async Task Signing_out_on_one_device_keeps_the_other_devices_signed_in()
    {
        using var phone = app.CreatePortalClient();
        using var laptop = app.CreatePortalClient();
        await phone.SignInGuardianAsync("sortie", app.Town.OtherFamily.Guardian.Login);
        await laptop.SignInGuardianAsync("sortie", app.Town.OtherFamily.Guardian.Login);

        var (_, home) = await phone.GetAsync("/sortie/accueil");
        await phone.SubmitAsync(home, "/sortie/accueil", new Dictionary<string, string>(), "/sortie/deconnexion");

        (await laptop.Http.GetAsync("/sortie/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await phone.Http.GetAsync("/sortie/accueil")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

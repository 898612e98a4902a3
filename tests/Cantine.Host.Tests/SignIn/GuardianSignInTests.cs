using System.Net;

namespace Cantine.Host.Tests.SignIn;

public sealed class GuardianSignInTests(GuardianSignInTests.App app) : IClassFixture<GuardianSignInTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    [Fact]
    public async Task A_guardian_signs_in_lands_on_the_home_page_and_signs_out()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);

        var (home, page) = await client.GetAsync("/lyon/accueil");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.ShouldContain("Marie Durand");
        var band = page.QuerySelector("nav.band")!;
        band.QuerySelectorAll("a").Select(a => a.TextContent).ShouldBe(["Accueil", "Mot de passe", "Documents", "Contact"]);
        band.QuerySelector("button")!.TextContent.ShouldBe("Déconnexion");

        var signOut = await client.SubmitAsync(page, "/lyon/accueil", new Dictionary<string, string>(), "/lyon/deconnexion");
        PortalClient.Location(signOut).ShouldBe("/lyon");
        var after = await client.Http.GetAsync("/lyon/accueil");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldStartWith("/lyon?retour=");
    }
}

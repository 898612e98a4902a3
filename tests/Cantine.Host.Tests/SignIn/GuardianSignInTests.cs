using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.SignIn;

/// <summary>The parents' login page at <c>/{slug}</c> (manual §1.1, SPEC §2).</summary>
public sealed class GuardianSignInTests(GuardianSignInTests.App app) : IClassFixture<GuardianSignInTests.App>
{
    private const string SignInFailed = "Identifiant ou mot de passe incorrect. Après 10 essais manqués, le compte est bloqué 15 minutes.";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "lyon");
            await TestTown.CreateAsync(this, "vienne");
        }
    }

    [Fact]
    public async Task The_login_page_has_the_manuals_labels_and_lets_the_browser_remember_the_password()
    {
        using var client = app.CreatePortalClient();
        var (response, page) = await client.GetAsync("/lyon");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Label("Connexion_Login").ShouldBe("Login");
        page.Label("Connexion_MotDePasse").ShouldBe("Mot de passe");
        page.Label("Connexion_SeSouvenir").ShouldBe("Se souvenir de moi");
        page.Field("Connexion_SeSouvenir").Type.ShouldBe("checkbox");
        page.Field("Connexion_Login").GetAttribute("autocomplete").ShouldBe("username");
        page.Field("Connexion_MotDePasse").Type.ShouldBe("password");
        page.Field("Connexion_MotDePasse").GetAttribute("autocomplete").ShouldBe("current-password");
        var form = page.Forms.Single(f => f.Action.Contains("handler=Connexion", StringComparison.Ordinal));
        Html.Text(form.QuerySelector("button[type=submit]")).ShouldBe("Connexion");
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
        band.QuerySelectorAll("a").Select(a => a.TextContent).ShouldBe(["Réservations", "Présences", "Factures", "Accueil", "Mot de passe", "Mes préférences", "Documents", "Contact"]);
        band.QuerySelector("button")!.TextContent.ShouldBe("Déconnexion");

        var signOut = await client.SubmitAsync(page, "/lyon/accueil", new Dictionary<string, string>(), "/lyon/deconnexion");
        PortalClient.Location(signOut).ShouldBe("/lyon");
        var after = await client.Http.GetAsync("/lyon/accueil");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldStartWith("/lyon?retour=");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_get_the_same_single_message()
    {
        using var client = app.CreatePortalClient();
        var wrongPassword = await SignInAsync(client, "/lyon", app.Town.Family.Guardian.Login, "Pas-le-bon-mot-de-passe");
        var unknownLogin = await SignInAsync(client, "/lyon", "personne.inconnue", TestTown.Password);

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknownLogin.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wrongPage = await wrongPassword.ReadPageAsync();
        var unknownPage = await unknownLogin.ReadPageAsync();
        wrongPage.Errors().ShouldBe([SignInFailed]);
        unknownPage.Errors().ShouldBe(wrongPage.Errors());
        wrongPage.Field("Connexion_Login").Value.ShouldBe(app.Town.Family.Guardian.Login);
        wrongPage.Field("Connexion_MotDePasse").Value.ShouldBeEmpty();
        wrongPassword.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("cantine.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Se_souvenir_de_moi_gives_a_persistent_cookie()
    {
        using var client = app.CreatePortalClient();
        var response = await SignInAsync(client, "/lyon", app.Town.Family.Guardian.Login, TestTown.Password, remember: true);

        PortalClient.Location(response).ShouldBe("/lyon/accueil");
        var cookie = SessionCookie(response);
        cookie.ShouldContain("expires=", Case.Insensitive);
        var expires = DateTimeOffset.Parse(cookie.Split(';').Single(p => p.Trim().StartsWith("expires=", StringComparison.OrdinalIgnoreCase)).Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        expires.ShouldBeGreaterThan(app.Clock.GetUtcNow().AddDays(29));
    }

    [Fact]
    public async Task Without_se_souvenir_de_moi_the_cookie_ends_with_the_browser_session()
    {
        using var client = app.CreatePortalClient();
        var response = await SignInAsync(client, "/lyon", app.Town.Family.Guardian.Login, TestTown.Password, remember: false);

        PortalClient.Location(response).ShouldBe("/lyon/accueil");
        var cookie = SessionCookie(response);
        cookie.ShouldNotContain("expires=", Case.Insensitive);
        cookie.ShouldNotContain("max-age=", Case.Insensitive);
    }

    [Fact]
    public async Task After_sign_in_the_guardian_returns_to_the_page_that_asked_for_it()
    {
        using var client = app.CreatePortalClient();
        var asked = await client.Http.GetAsync("/lyon/mot-de-passe");
        var signInPage = PortalClient.Location(asked);
        signInPage.ShouldBe("/lyon?retour=%2Flyon%2Fmot-de-passe");

        var response = await SignInAsync(client, signInPage, app.Town.Family.Guardian.Login, TestTown.Password);

        PortalClient.Location(response).ShouldBe("/lyon/mot-de-passe");
    }

    [Fact]
    public async Task A_signed_in_guardian_opening_the_login_page_goes_on_inside_the_structure_only()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);

        var home = await client.Http.GetAsync("/lyon");
        var asked = await client.Http.GetAsync("/lyon?retour=%2Flyon%2Fmot-de-passe");
        var hostile = await client.Http.GetAsync("/lyon?retour=" + Uri.EscapeDataString("//pirate.example/"));

        PortalClient.Location(home).ShouldBe("/lyon/accueil");
        PortalClient.Location(asked).ShouldBe("/lyon/mot-de-passe");
        PortalClient.Location(hostile).ShouldBe("/lyon/accueil");
    }

    [Theory]
    [InlineData("https://pirate.example/lyon/accueil")]
    [InlineData("//pirate.example/lyon/accueil")]
    [InlineData("/\\pirate.example/lyon/accueil")]
    [InlineData("/vienne/accueil")]
    [InlineData("/lyon/../vienne/accueil")]
    [InlineData("/lyon/%2e%2e/vienne/accueil")]
    [InlineData("/lyon/..\\vienne/accueil")]
    [InlineData("/lyonnaise/accueil")]
    public async Task A_return_address_outside_the_structure_is_ignored(string retour)
    {
        using var client = app.CreatePortalClient();

        var response = await SignInAsync(client, "/lyon?retour=" + Uri.EscapeDataString(retour), app.Town.Family.Guardian.Login, TestTown.Password);

        PortalClient.Location(response).ShouldBe("/lyon/accueil");
    }

    private static async Task<HttpResponseMessage> SignInAsync(PortalClient client, string pageUrl, string login, string password, bool remember = false)
    {
        var fields = new Dictionary<string, string> { ["Connexion.Login"] = login, ["Connexion.MotDePasse"] = password };
        if (remember)
        {
            fields["Connexion.SeSouvenir"] = "true";
        }

        return await client.SubmitAsync(pageUrl, fields, "handler=Connexion");
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cantine.session=", StringComparison.Ordinal));
}

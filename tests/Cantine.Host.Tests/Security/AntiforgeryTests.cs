using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Security;

/// <summary>
/// Every form post without its antiforgery token is refused with the French 400 page and has no effect
/// (SPEC §9, STYLE §9). Each test loads the real page, removes the token from its form and posts it.
/// </summary>
public sealed class AntiforgeryTests(AntiforgeryTests.App app) : IClassFixture<AntiforgeryTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    [Fact]
    public async Task Sign_in_without_the_token_is_refused()
    {
        using var client = app.CreatePortalClient();

        var response = await client.SubmitWithoutTokenAsync("/lyon", new Dictionary<string, string>
        {
            ["Connexion.Login"] = app.Town.Family.Guardian.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        }, "handler=Connexion");

        await ShouldBeRefusedAsync(response);
        (await client.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_password_request_without_the_token_is_refused()
    {
        using var client = app.CreatePortalClient();

        var response = await client.SubmitWithoutTokenAsync("/lyon", new Dictionary<string, string>
        {
            ["Demande.Identifiant"] = app.Town.OtherFamily.Guardian.Login,
        }, "handler=Envoyer");

        await ShouldBeRefusedAsync(response);
    }

    [Fact]
    public async Task A_password_change_without_the_token_is_refused()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "bruno.change");
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", guardian.Login);

        var response = await client.SubmitWithoutTokenAsync("/lyon/mot-de-passe", new Dictionary<string, string>
        {
            ["Saisie.AncienMotDePasse"] = TestTown.Password,
            ["Saisie.NouveauMotDePasse"] = "Un nouveau mot de passe forgé",
            ["Saisie.Confirmation"] = "Un nouveau mot de passe forgé",
        });

        await ShouldBeRefusedAsync(response);
        using var unchanged = app.CreatePortalClient();
        await unchanged.SignInGuardianAsync("lyon", guardian.Login);
    }

    [Fact]
    public async Task Choosing_a_password_without_the_token_is_refused()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "lyon", "carla.lien");
        using var client = app.CreatePortalClient();
        var email = await app.Smtp.NextToAsync(guardian.Email, () => client.SubmitAsync(
            "/lyon", new Dictionary<string, string> { ["Demande.Identifiant"] = guardian.Login }, "handler=Envoyer"));
        var link = email.PasswordLink();

        var response = await client.SubmitWithoutTokenAsync(link, new Dictionary<string, string>
        {
            ["Choix.NouveauMotDePasse"] = "Un nouveau mot de passe forgé",
            ["Choix.Confirmation"] = "Un nouveau mot de passe forgé",
        });

        await ShouldBeRefusedAsync(response);
        (await client.GetAsync(link)).Page.QuerySelector("#Choix_NouveauMotDePasse").ShouldNotBeNull();
    }

    [Fact]
    public async Task Signing_out_without_the_token_is_refused()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("lyon", app.Town.Family.Guardian.Login);

        var response = await client.SubmitWithoutTokenAsync("/lyon/accueil", new Dictionary<string, string>(), "/lyon/deconnexion");

        await ShouldBeRefusedAsync(response);
        (await client.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Staff_sign_in_without_the_token_is_refused()
    {
        using var client = app.CreatePortalClient();

        var response = await client.SubmitWithoutTokenAsync("/lyon/admin/connexion", StaffPassword(app.Town.Administrator.Login));

        await ShouldBeRefusedAsync(response);
        PortalClient.Location(await client.Http.GetAsync("/lyon/admin/verification")).ShouldStartWith("/lyon/admin/connexion");
    }

    [Fact]
    public async Task The_authenticator_code_without_the_token_is_refused()
    {
        using var client = app.CreatePortalClient();
        PortalClient.Location(await client.SubmitAsync("/lyon/admin/connexion", StaffPassword(app.Town.Administrator.Login)))
            .ShouldBe("/lyon/admin/verification");

        var response = await client.SubmitWithoutTokenAsync("/lyon/admin/verification", new Dictionary<string, string>
        {
            ["Verification.Code"] = TestTown.NextCode(app.Clock),
        });

        await ShouldBeRefusedAsync(response);
        (await client.Http.GetAsync("/lyon/admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Enrolment_without_the_token_is_refused()
    {
        using var client = app.CreatePortalClient();
        PortalClient.Location(await client.SubmitAsync("/lyon/admin/connexion", StaffPassword(app.Town.Agent.Login)))
            .ShouldBe("/lyon/admin/activation");
        var (_, page) = await client.GetAsync("/lyon/admin/activation");
        var key = Html.Text(page.QuerySelector("code.secret"));

        var response = await client.SubmitWithoutTokenAsync("/lyon/admin/activation", new Dictionary<string, string>
        {
            ["Activation.Code"] = TestTown.NextCode(app.Clock, key),
        });
        var newCode = await client.Http.PostAsync("/lyon/admin/activation?handler=Nouveau", new FormUrlEncodedContent([]));

        await ShouldBeRefusedAsync(response);
        await ShouldBeRefusedAsync(newCode);
        (await client.Http.GetAsync("/lyon/admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Staff_sign_out_without_the_token_is_refused()
    {
        var secret = ExtraAccounts.NewTotpSecret();
        var administrator = await ExtraAccounts.StaffAsync(app, "lyon", "Administrateur", "admin-sortie", secret);
        using var client = app.CreatePortalClient();
        await client.SignInStaffAsync("lyon", administrator.Login, secret);

        var response = await client.SubmitWithoutTokenAsync("/lyon/admin", new Dictionary<string, string>(), "/lyon/admin/deconnexion");

        await ShouldBeRefusedAsync(response);
        (await client.Http.GetAsync("/lyon/admin")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Dictionary<string, string> StaffPassword(string login) =>
        new() { ["Connexion.Login"] = login, ["Connexion.MotDePasse"] = TestTown.Password };

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ReadPageAsync();
        page.Heading().ShouldBe("Requête invalide");
        page.QuerySelector("main")!.TextContent.ShouldContain("Rechargez la page et recommencez.", Case.Sensitive);
    }
}

using System.Net;
using Cantine.Host.Tests.Support;
using OtpNet;

namespace Cantine.Host.Tests.Admin;

/// <summary>Staff sign in with a password then an authenticator code; on first sign-in they enrol the app (SPEC §2).</summary>
public sealed class StaffSignInTests(StaffSignInTests.App app) : IClassFixture<StaffSignInTests.App>
{
    private const string SignInFailed = "Identifiant ou mot de passe incorrect. Après 10 essais manqués, le compte est bloqué 15 minutes.";
    private const string CodeRefused = "Ce code n'est pas valide. Saisissez le code à 6 chiffres affiché par votre application d'authentification.";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        /// <summary>A second administrator, so that two tests never spend the same 30-second code of one account.</summary>
        public (TestAccount Account, string Secret) Refused { get; private set; }

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "lyon");
            var secret = ExtraAccounts.NewTotpSecret();
            Refused = (await ExtraAccounts.StaffAsync(this, "lyon", "Administrateur", "admin-refus", secret), secret);
        }
    }

    [Fact]
    public async Task An_anonymous_visitor_of_the_back_office_is_sent_to_the_staff_sign_in()
    {
        using var client = app.CreatePortalClient();

        var response = await client.Http.GetAsync("/lyon/admin");

        PortalClient.Location(response).ShouldBe("/lyon/admin/connexion?retour=%2Flyon%2Fadmin");
        var (page, signIn) = await client.GetAsync(PortalClient.Location(response));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        signIn.Heading().ShouldBe("Connexion à l'espace de gestion");
        signIn.Label("Connexion_Login").ShouldBe("Login");
        signIn.Label("Connexion_MotDePasse").ShouldBe("Mot de passe");
    }

    [Fact]
    public async Task An_administrator_signs_in_with_the_password_then_the_authenticator_code()
    {
        using var client = app.CreatePortalClient();

        var password = await PasswordStepAsync(client, app.Town.Administrator.Login);
        PortalClient.Location(password).ShouldBe("/lyon/admin/verification");
        (await client.Http.GetAsync("/lyon/admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, verification) = await client.GetAsync("/lyon/admin/verification");
        verification.Label("Verification_Code").ShouldBe("Code à 6 chiffres");
        verification.Field("Verification_Code").GetAttribute("autocomplete").ShouldBe("one-time-code");
        var code = await client.SubmitAsync(verification, "/lyon/admin/verification", new Dictionary<string, string> { ["Verification.Code"] = TestTown.NextCode(app.Clock) });

        PortalClient.Location(code).ShouldBe("/lyon/admin");
        var session = code.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cantine.session=", StringComparison.Ordinal));
        session.ShouldNotContain("expires=", Case.Insensitive, "staff sessions are never persistent (ADR 0006)");
        var (home, page) = await client.GetAsync("/lyon/admin");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Espace de gestion");
        var band = page.QuerySelectorAll("nav.band-admin a").Select(a => a.TextContent).ToList();
        band.ShouldContain("E-mails envoyés");
        band.ShouldContain("Tâches planifiées");
        band.ShouldContain("Prestations");
        band.ShouldContain("Effectifs");
        band.ShouldContain("Paramètres");
        band.ShouldContain("Personnel");
        band.ShouldContain("Journal des modifications");
    }

    [Fact]
    public async Task A_wrong_authenticator_code_is_refused()
    {
        using var client = app.CreatePortalClient();
        PortalClient.Location(await PasswordStepAsync(client, app.Refused.Account.Login)).ShouldBe("/lyon/admin/verification");

        var response = await client.SubmitAsync("/lyon/admin/verification", new Dictionary<string, string> { ["Verification.Code"] = WrongCode(app.Clock, app.Refused.Secret) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe([CodeRefused]);
        (await client.Http.GetAsync("/lyon/admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_agent_enrols_the_authenticator_app_on_first_sign_in()
    {
        using var client = app.CreatePortalClient();

        var password = await PasswordStepAsync(client, app.Town.Agent.Login);

        PortalClient.Location(password).ShouldBe("/lyon/admin/activation");
        var (_, page) = await client.GetAsync("/lyon/admin/activation");
        page.Heading().ShouldBe("Activer la double authentification");
        var qr = page.QuerySelector("img.qr")!;
        qr.GetAttribute("alt").ShouldBe("QR code à scanner avec votre application d'authentification");
        qr.GetAttribute("src")!.ShouldStartWith("data:image/png;base64,");
        var key = Html.Text(page.QuerySelector("code.secret"));
        key.ShouldMatch("^[A-Z2-7]{32}$");

        var wrong = await client.SubmitAsync(page, "/lyon/admin/activation", new Dictionary<string, string> { ["Activation.Code"] = WrongCode(app.Clock, key) });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await wrong.ReadPageAsync();
        refused.Errors().ShouldBe([CodeRefused]);
        Html.Text(refused.QuerySelector("code.secret")).ShouldBe(key);

        var right = await client.SubmitAsync(refused, "/lyon/admin/activation", new Dictionary<string, string>
        {
            ["Activation.Code"] = TestTown.NextCode(app.Clock, key),
        });
        PortalClient.Location(right).ShouldBe("/lyon/admin");
        var (home, signedIn) = await client.GetAsync("/lyon/admin");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedIn.Confirmation().ShouldBe("La double authentification est activée.");
        var band = signedIn.QuerySelectorAll("nav.band-admin a").Select(a => a.TextContent).ToList();
        band.ShouldContain("Accueil");
        band.ShouldContain("Effectifs");
        band.ShouldNotContain("E-mails envoyés");
        band.ShouldNotContain("Tâches planifiées");
        band.ShouldNotContain("Paramètres");
        band.ShouldNotContain("Personnel");
        band.ShouldNotContain("Journal des modifications");

        using var next = app.CreatePortalClient();
        PortalClient.Location(await PasswordStepAsync(next, app.Town.Agent.Login)).ShouldBe("/lyon/admin/verification");
    }

    [Fact]
    public async Task After_both_steps_the_staff_member_returns_to_the_page_that_asked_for_it()
    {
        var secret = ExtraAccounts.NewTotpSecret();
        var administrator = await ExtraAccounts.StaffAsync(app, "lyon", "Administrateur", "admin-retour", secret);
        using var client = app.CreatePortalClient();
        var signInPage = PortalClient.Location(await client.Http.GetAsync("/lyon/admin/e-mails"));
        signInPage.ShouldBe("/lyon/admin/connexion?retour=%2Flyon%2Fadmin%2Fe-mails");

        var password = await PasswordStepAsync(client, administrator.Login, signInPage);
        PortalClient.Location(password).ShouldBe("/lyon/admin/verification?retour=%2Flyon%2Fadmin%2Fe-mails");
        var code = await client.SubmitAsync(PortalClient.Location(password), new Dictionary<string, string> { ["Verification.Code"] = TestTown.NextCode(app.Clock, secret) });

        PortalClient.Location(code).ShouldBe("/lyon/admin/e-mails");
    }

    [Fact]
    public async Task A_return_address_outside_the_structure_is_ignored_after_staff_sign_in()
    {
        var secret = ExtraAccounts.NewTotpSecret();
        var administrator = await ExtraAccounts.StaffAsync(app, "lyon", "Administrateur", "admin-pirate", secret);
        using var client = app.CreatePortalClient();

        var password = await PasswordStepAsync(client, administrator.Login, "/lyon/admin/connexion?retour=" + Uri.EscapeDataString("//pirate.example/lyon/admin"));
        var code = await client.SubmitAsync(PortalClient.Location(password), new Dictionary<string, string> { ["Verification.Code"] = TestTown.NextCode(app.Clock, secret) });

        PortalClient.Location(code).ShouldBe("/lyon/admin");
    }

    [Fact]
    public async Task A_guardian_login_cannot_sign_into_the_back_office()
    {
        using var client = app.CreatePortalClient();

        var response = await PasswordStepAsync(client, app.Town.Family.Guardian.Login);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe([SignInFailed]);
        (await client.Http.GetAsync("/lyon/admin/verification")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_staff_login_cannot_sign_into_the_parent_portal()
    {
        using var client = app.CreatePortalClient();

        var response = await client.SubmitAsync("/lyon", new Dictionary<string, string>
        {
            ["Connexion.Login"] = app.Town.Administrator.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        }, "handler=Connexion");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe([SignInFailed]);
        (await client.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static Task<HttpResponseMessage> PasswordStepAsync(PortalClient client, string login, string page = "/lyon/admin/connexion") =>
        client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Connexion.Login"] = login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        });

    /// <summary>A 6-digit code that none of the steps the server accepts (previous, current, next) would give.</summary>
    private static string WrongCode(TimeProvider clock, string secret)
    {
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = new[] { -60, -30, 0, 30, 60 }.Select(s => totp.ComputeTotp(now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !accepted.Contains(c));
    }
}

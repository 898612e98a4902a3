using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Tenancy;

/// <summary>Nothing of one structure is visible from another (SPEC §1): sessions, back office, password links.</summary>
public sealed class TenantIsolationTests(TenantIsolationTests.App app) : IClassFixture<TenantIsolationTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Alpha { get; private set; } = null!;

        public TestTown Beta { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Alpha = await TestTown.CreateAsync(this, "alpha", "Ville d'Annecy");
            Beta = await TestTown.CreateAsync(this, "beta", "Ville de Besançon");
        }
    }

    [Fact]
    public async Task A_guardian_signed_in_at_one_town_is_anonymous_at_another()
    {
        using var client = app.CreatePortalClient();
        await client.SignInGuardianAsync("alpha", app.Alpha.Family.Guardian.Login);

        var home = await client.Http.GetAsync("/beta/accueil");
        var password = await client.Http.GetAsync("/beta/mot-de-passe");
        var (signInPage, page) = await client.GetAsync("/beta");

        PortalClient.Location(home).ShouldBe("/beta?retour=%2Fbeta%2Faccueil");
        PortalClient.Location(password).ShouldBe("/beta?retour=%2Fbeta%2Fmot-de-passe");
        signInPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("nav.band").ShouldBeNull();
        page.QuerySelector("#Connexion_Login").ShouldNotBeNull();
        var text = page.DocumentElement.TextContent;
        text.ShouldNotContain("Annecy");
        text.ShouldNotContain(app.Alpha.Family.Guardian.Login);
        (await client.Http.GetAsync("/alpha/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_guardians_login_does_not_exist_at_another_town()
    {
        using var client = app.CreatePortalClient();

        var response = await client.SubmitAsync("/beta", new Dictionary<string, string>
        {
            ["Connexion.Login"] = app.Alpha.Family.Guardian.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        }, "handler=Connexion");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).Errors().ShouldBe(["Identifiant ou mot de passe incorrect. Après 10 essais manqués, le compte est bloqué 15 minutes."]);
    }

    [Fact]
    public async Task The_administrator_of_one_town_has_no_access_to_another_back_office()
    {
        using var client = app.CreatePortalClient();
        await client.SignInStaffAsync("alpha", app.Alpha.Administrator.Login);

        var home = await client.Http.GetAsync("/beta/admin");
        var emails = await client.Http.GetAsync("/beta/admin/e-mails");
        var jobs = await client.Http.GetAsync("/beta/admin/taches/recurring");
        var signIn = await client.SubmitAsync("/beta/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = app.Alpha.Administrator.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        });

        PortalClient.Location(home).ShouldBe("/beta/admin/connexion?retour=%2Fbeta%2Fadmin");
        PortalClient.Location(emails).ShouldBe("/beta/admin/connexion?retour=%2Fbeta%2Fadmin%2Fe-mails");
        jobs.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await jobs.Content.ReadAsStringAsync()).ShouldNotContain("accounts:purge-reset-tokens");
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await signIn.ReadPageAsync()).Errors().Count.ShouldBe(1);
        (await client.Http.GetAsync("/alpha/admin")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_half_finished_staff_sign_in_does_not_carry_over_to_another_town()
    {
        using var client = app.CreatePortalClient();
        var password = await client.SubmitAsync("/alpha/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = app.Alpha.Administrator.Login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        });
        PortalClient.Location(password).ShouldBe("/alpha/admin/verification");

        var verification = await client.Http.GetAsync("/beta/admin/verification");

        PortalClient.Location(verification).ShouldStartWith("/beta/admin/connexion");
        (await client.Http.GetAsync("/alpha/admin/verification")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_password_link_issued_at_one_town_does_not_work_at_another()
    {
        var guardian = await ExtraAccounts.GuardianAsync(app, "alpha", "olga.voyage");
        using var client = app.CreatePortalClient();
        var email = await app.Smtp.NextToAsync(guardian.Email, () => client.SubmitAsync(
            "/alpha", new Dictionary<string, string> { ["Demande.Identifiant"] = guardian.Login }, "handler=Envoyer"));
        var alphaLink = email.PasswordLink();
        alphaLink.ShouldStartWith("/alpha/");
        var betaLink = "/beta/" + alphaLink["/alpha/".Length..];
        var (_, alphaPage) = await client.GetAsync(alphaLink);

        var (opened, betaPage) = await client.GetAsync(betaLink);
        var posted = await client.SubmitAsync(alphaPage, betaLink, new Dictionary<string, string>
        {
            ["Choix.NouveauMotDePasse"] = "Le lac gèle en hiver parfois",
            ["Choix.Confirmation"] = "Le lac gèle en hiver parfois",
        });

        const string Invalid = "Ce lien n'est pas valide ou a déjà servi. Demandez un nouveau lien depuis la page de connexion.";
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        betaPage.ErrorNotice().ShouldBe(Invalid);
        betaPage.QuerySelector("#Choix_NouveauMotDePasse").ShouldBeNull();
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await posted.ReadPageAsync()).ErrorNotice().ShouldBe(Invalid);
        var used = await client.SubmitAsync(alphaPage, alphaLink, new Dictionary<string, string>
        {
            ["Choix.NouveauMotDePasse"] = "Le lac gèle en hiver parfois",
            ["Choix.Confirmation"] = "Le lac gèle en hiver parfois",
        });
        PortalClient.Location(used).ShouldBe("/alpha");
    }
}

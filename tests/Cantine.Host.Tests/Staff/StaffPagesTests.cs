using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Staff;

/// <summary>"Personnel": the list, a new member invited by e-mail, disable (no more sign-in, sessions end), re-enable, second factor reset.</summary>
public sealed class StaffPagesTests(StaffPagesTests.App app) : IClassFixture<StaffPagesTests.App>
{
    private const string SignInFailed = "Identifiant ou mot de passe incorrect. Après 10 essais manqués, le compte est bloqué 15 minutes.";

    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
            await TestTown.CreateAsync(this, "vienne");
        }

        public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Town.Administrator);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task Lists_the_staff_with_their_role_and_last_sign_in()
    {
        var administrator = await app.AdministratorAsync();

        var (response, page) = await administrator.GetAsync("/lyon/admin/personnel");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Personnel");
        page.QuerySelector("caption")!.TextContent.ShouldStartWith("Membres du personnel (");
        var headers = page.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
        headers.ShouldBe(["Nom", "Identifiant", "Rôle", "Dernière connexion", "Double authentification", "État", "Actions"]);
        var admin = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Anne Admin", StringComparison.Ordinal));
        admin.TextContent.ShouldContain("Administrateur");
        admin.TextContent.ShouldNotContain("Jamais");
        admin.QuerySelector("button")!.TextContent.ShouldContain("Réinitialiser la double authentification");
        admin.TextContent.ShouldNotContain("Désactiver", Case.Sensitive, "an administrator cannot disable themself");
        var agent = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Paul Agent", StringComparison.Ordinal));
        agent.TextContent.ShouldContain("Jamais");
        agent.TextContent.ShouldContain("Agent");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("admin-vienne");
    }

    [Fact]
    public async Task Creates_a_member_who_receives_the_first_connection_email()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMainAsync("/lyon/admin/personnel/nouveau", new Dictionary<string, string>
        {
            ["Membre.Prenom"] = "Nadia", ["Membre.Nom"] = "Lefèvre", ["Membre.Email"] = "nadia.lefevre@lyon.test", ["Membre.Role"] = "Agent",
        });

        PortalClient.Location(response).ShouldBe("/lyon/admin/personnel");
        var (_, list) = await administrator.GetAsync("/lyon/admin/personnel");
        list.Confirmation().ShouldBe("Le compte de Nadia Lefèvre est créé avec l'identifiant nadia.lefevre. Un e-mail de première connexion a été envoyé à nadia.lefevre@lyon.test.");
        list.QuerySelector("tbody")!.TextContent.ShouldContain("Nadia Lefèvre");
        var mail = await app.Smtp.WaitForAsync(m => m.To.ToString().Contains("nadia.lefevre@lyon.test", StringComparison.Ordinal));
        mail.TextBody!.ShouldContain("nadia.lefevre");
    }

    [Fact]
    public async Task A_refused_member_keeps_what_was_typed()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMainAsync("/lyon/admin/personnel/nouveau", new Dictionary<string, string>
        {
            ["Membre.Prenom"] = "Jules", ["Membre.Nom"] = "Verne", ["Membre.Email"] = "pas-un-email", ["Membre.Role"] = "Agent",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldNotBeEmpty();
        page.Field("Membre_Prenom").Value.ShouldBe("Jules");
        page.Field("Membre_Email").GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public async Task A_disabled_member_is_signed_out_and_cannot_sign_in_until_re_enabled()
    {
        var secret = ExtraAccounts.NewTotpSecret();
        var member = await ExtraAccounts.StaffAsync(app, "lyon", "Agent", "agent-desactive", secret);
        using var memberClient = app.CreatePortalClient();
        await memberClient.SignInStaffAsync("lyon", member.Login, secret);
        var administrator = await app.AdministratorAsync();

        var disabled = await administrator.PostWithTokenAsync("/lyon/admin/personnel", $"/lyon/admin/personnel?id={member.UserId}&handler=Desactiver", new Dictionary<string, string>());

        PortalClient.Location(disabled).ShouldBe("/lyon/admin/personnel");
        (await administrator.GetAsync("/lyon/admin/personnel")).Page.Confirmation().ShouldBe("Le compte de Léa Personnel est désactivé : il ne peut plus se connecter.");
        var afterwards = await memberClient.Http.GetAsync("/lyon/admin");
        PortalClient.Location(afterwards).ShouldStartWith("/lyon/admin/connexion");
        using var again = app.CreatePortalClient();
        var refused = await again.SubmitAsync("/lyon/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = member.Login, ["Connexion.MotDePasse"] = TestTown.Password,
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ReadPageAsync()).ErrorNotice().ShouldContain(SignInFailed);

        var enabled = await administrator.PostWithTokenAsync("/lyon/admin/personnel", $"/lyon/admin/personnel?id={member.UserId}&handler=Reactiver", new Dictionary<string, string>());

        PortalClient.Location(enabled).ShouldBe("/lyon/admin/personnel");
        var password = await again.SubmitAsync("/lyon/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = member.Login, ["Connexion.MotDePasse"] = TestTown.Password,
        });
        PortalClient.Location(password).ShouldBe("/lyon/admin/verification");
    }

    [Fact]
    public async Task A_reset_second_factor_sends_the_member_to_enrolment_at_next_sign_in()
    {
        var secret = ExtraAccounts.NewTotpSecret();
        var member = await ExtraAccounts.StaffAsync(app, "lyon", "Administrateur", "admin-telephone-perdu", secret);
        var administrator = await app.AdministratorAsync();

        var reset = await administrator.PostWithTokenAsync("/lyon/admin/personnel", $"/lyon/admin/personnel?id={member.UserId}&handler=Reinitialiser", new Dictionary<string, string>());

        PortalClient.Location(reset).ShouldBe("/lyon/admin/personnel");
        using var client = app.CreatePortalClient();
        var password = await client.SubmitAsync("/lyon/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = member.Login, ["Connexion.MotDePasse"] = TestTown.Password,
        });
        PortalClient.Location(password).ShouldBe("/lyon/admin/activation");
    }

    [Fact]
    public async Task Another_towns_member_cannot_be_disabled_from_here()
    {
        var administrator = await app.AdministratorAsync();
        var vienne = await ExtraAccounts.StaffAsync(app, "vienne", "Agent", "agent-de-vienne", null);

        var response = await administrator.PostWithTokenAsync(
            "/lyon/admin/personnel", $"/lyon/admin/personnel?id={vienne.UserId}&handler=Desactiver", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).ErrorNotice().ShouldContain("Ce compte n'existe pas.");
    }
}

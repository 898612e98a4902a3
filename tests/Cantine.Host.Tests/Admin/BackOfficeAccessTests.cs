using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Admin;

/// <summary>
/// Who opens which back-office page (SPEC §2, STYLE §9): never a guardian; an agent not the administrator's
/// pages; the administrator the e-mails and the jobs dashboard. Each role signs in once per class (a TOTP
/// code is accepted once).
/// </summary>
public sealed class BackOfficeAccessTests(BackOfficeAccessTests.App app) : IClassFixture<BackOfficeAccessTests.App>
{
    public sealed class App : CantineApp
    {
        private readonly SemaphoreSlim _signIn = new(1, 1);
        private readonly Dictionary<string, PortalClient> _clients = [];

        public TestTown Town { get; private set; } = null!;

        private (TestAccount Account, string Secret) Agent { get; set; }

        protected override async Task SeedAsync()
        {
            Town = await TestTown.CreateAsync(this, "lyon");
            var secret = ExtraAccounts.NewTotpSecret();
            Agent = (await ExtraAccounts.StaffAsync(this, "lyon", "Agent", "agent-enrole", secret), secret);
        }

        public Task<PortalClient> GuardianAsync() => SignedInAsync("guardian", c => c.SignInGuardianAsync("lyon", Town.Family.Guardian.Login));

        public Task<PortalClient> AgentAsync() => SignedInAsync("agent", c => c.SignInStaffAsync("lyon", Agent.Account.Login, Agent.Secret));

        public Task<PortalClient> AdministratorAsync() => SignedInAsync("administrator", c => c.SignInStaffAsync("lyon", Town.Administrator.Login));

        private async Task<PortalClient> SignedInAsync(string role, Func<PortalClient, Task> signIn)
        {
            await _signIn.WaitAsync();
            try
            {
                if (!_clients.TryGetValue(role, out var client))
                {
                    client = CreatePortalClient();
                    await signIn(client);
                    _clients[role] = client;
                }

                return client;
            }
            finally
            {
                _signIn.Release();
            }
        }

        public override async ValueTask DisposeAsync()
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }

            _signIn.Dispose();
            await base.DisposeAsync();
        }
    }

    // The Razor pages are covered by BackOffice/BackOfficeAccessMatrixTests; Hangfire's dashboard is not a Razor page.
    [Theory]
    [InlineData("/lyon/admin/taches")]
    [InlineData("/lyon/admin/taches/recurring")]
    public async Task A_guardian_is_refused_the_jobs_dashboard(string url)
    {
        var guardian = await app.GuardianAsync();

        var (response, page) = await guardian.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.Heading().ShouldBe("Accès refusé");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("accounts:purge-reset-tokens");
    }

    [Theory]
    [InlineData("/lyon/admin/taches")]
    [InlineData("/lyon/admin/taches/recurring")]
    public async Task An_agent_is_refused_the_jobs_dashboard(string url)
    {
        var agent = await app.AgentAsync();

        var (response, page) = await agent.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.Heading().ShouldBe("Accès refusé");
    }

    [Theory]
    [InlineData("/lyon/admin/documents")]
    [InlineData("/lyon/admin/documents/0196f3a4-6b1c-7d2e-9f00-0123456789ab?handler=Retirer")]
    [InlineData("/lyon/admin/messages/0196f3a4-6b1c-7d2e-9f00-0123456789ab?handler=Repondre")]
    [InlineData("/lyon/admin/messages/0196f3a4-6b1c-7d2e-9f00-0123456789ab?handler=Archiver")]
    public async Task A_guardian_and_an_agent_are_refused_the_administrators_forms_even_with_a_valid_token(string url)
    {
        var guardian = await app.GuardianAsync();
        var agent = await app.AgentAsync();

        var byGuardian = await guardian.PostWithTokenAsync("/lyon/accueil", url, new Dictionary<string, string> { ["Reponse"] = "Bonjour" });
        var byAgent = await agent.PostWithTokenAsync("/lyon/admin", url, new Dictionary<string, string> { ["Reponse"] = "Bonjour" });

        byGuardian.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await byAgent.ReadPageAsync()).Heading().ShouldBe("Accès refusé");
    }

    [Fact]
    public async Task The_administrator_opens_the_documents_and_messages_pages()
    {
        var administrator = await app.AdministratorAsync();

        var (documents, documentsPage) = await administrator.GetAsync("/lyon/admin/documents");
        var (messages, messagesPage) = await administrator.GetAsync("/lyon/admin/messages");

        documents.StatusCode.ShouldBe(HttpStatusCode.OK);
        documentsPage.Heading().ShouldBe("Documents");
        messages.StatusCode.ShouldBe(HttpStatusCode.OK);
        messagesPage.Heading().ShouldBe("Messages des familles");
        messagesPage.QuerySelector("main")!.TextContent.ShouldContain("Aucun message dans « Non lus ».");
    }

    [Fact]
    public async Task An_agent_opens_the_back_office_home_and_finds_the_headcounts()
    {
        var agent = await app.AgentAsync();

        var (response, page) = await agent.GetAsync("/lyon/admin");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Espace de gestion");
        page.QuerySelector("main a.tile[href='/lyon/admin/effectifs']").ShouldNotBeNull();
        page.QuerySelector("nav a[href='/lyon/admin/effectifs']").ShouldNotBeNull();
        page.QuerySelector("a[href='/lyon/admin/e-mails']").ShouldBeNull();
        page.QuerySelector("a[href='/lyon/admin/documents']").ShouldBeNull();
        page.QuerySelector("a[href='/lyon/admin/messages']").ShouldBeNull();
        page.QuerySelector("a[href='/lyon/admin/familles']").ShouldBeNull();
        page.QuerySelector("nav a[href='/lyon/admin/pointage']").ShouldNotBeNull();
        page.QuerySelector("a[href='/lyon/admin/parametres/presences']").ShouldBeNull();
        page.QuerySelectorAll("nav summary").Select(s => s.TextContent.Trim()).ShouldBe(["Réservations", "Présences"]);
    }

    [Fact]
    public async Task The_administrators_band_groups_its_pages_by_module_with_the_current_one_marked()
    {
        var administrator = await app.AdministratorAsync();

        var (response, page) = await administrator.GetAsync("/lyon/admin/import");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var band = page.QuerySelector("nav.band-admin")!;
        band.QuerySelectorAll("summary").Select(s => s.TextContent.Trim()).ShouldBe(["Familles", "Réservations", "Présences", "Facturation", "Communication", "Paramètres"]);
        foreach (var href in new[] { "import", "invitations", "inscriptions", "rgpd", "familles", "effectifs", "journal", "taches", "pointage", "parametres/presences", "facturation/emission", "facturation/factures", "facturation/paiements-en-ligne", "facturation/tarifs", "facturation/quotients", "parametres/facturation" })
        {
            band.QuerySelector($"a[href='/lyon/admin/{href}']").ShouldNotBeNull(href);
        }

        band.QuerySelector("a[aria-current='page']")!.GetAttribute("href").ShouldBe("/lyon/admin/import");
        band.QuerySelectorAll("details[open] summary").Select(s => s.TextContent.Trim()).ShouldBe(["Familles"]);
        var (_, home) = await administrator.GetAsync("/lyon/admin");
        home.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ShouldBe(["Familles", "Réservations", "Présences", "Facturation", "Communication", "Paramètres"]);
        home.QuerySelectorAll("main a.tile").Length.ShouldBe(band.QuerySelectorAll("details a").Length);
    }

    [Fact]
    public async Task A_page_inside_an_entry_marks_that_entry_as_the_current_place()
    {
        var administrator = await app.AdministratorAsync();

        var (_, page) = await administrator.GetAsync($"/lyon/admin/familles/{app.Town.Family.FamilyId}");

        var current = page.QuerySelector("nav.band-admin a[aria-current]")!;
        current.GetAttribute("href").ShouldBe("/lyon/admin/familles");
        current.GetAttribute("aria-current").ShouldBe("true");
    }

    [Fact]
    public async Task The_administrator_opens_the_emails_page()
    {
        var administrator = await app.AdministratorAsync();

        var (response, page) = await administrator.GetAsync("/lyon/admin/e-mails");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("E-mails envoyés");
    }

    [Fact]
    public async Task The_administrator_opens_the_jobs_dashboard_and_sees_the_recurring_job()
    {
        var administrator = await app.AdministratorAsync();

        var dashboard = await administrator.Http.GetAsync("/lyon/admin/taches");
        var recurring = await administrator.Http.GetAsync("/lyon/admin/taches/recurring");

        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain("Tâches planifiées", Case.Sensitive);
        recurring.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await recurring.Content.ReadAsStringAsync()).ShouldContain("accounts:purge-reset-tokens", Case.Sensitive);
    }

    [Fact]
    public async Task An_anonymous_visitor_does_not_get_the_jobs_dashboard()
    {
        using var anonymous = app.CreatePortalClient();

        var (response, page) = await anonymous.GetAsync("/lyon/admin/taches/recurring");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.Heading().ShouldBe("Connexion nécessaire");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("accounts:purge-reset-tokens");
    }
}

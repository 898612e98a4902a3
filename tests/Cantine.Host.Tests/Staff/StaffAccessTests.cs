using System.Net;
using Cantine.Accounts.Contracts.ListStaffMembers;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Staff;

/// <summary>
/// The staff, audit-log and RGPD pages belong to administrators: a guardian and an agent are refused every form even
/// with a valid token; every form needs its antiforgery token (who opens the pages: BackOfficeAccessMatrixTests).
/// </summary>
public sealed class StaffAccessTests(StaffAccessTests.App app) : IClassFixture<StaffAccessTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        public (TestAccount Account, string Secret) Agent { get; private set; }

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
            var secret = ExtraAccounts.NewTotpSecret();
            Agent = (await ExtraAccounts.StaffAsync(this, "lyon", "Agent", "agent-acces", secret), secret);
        }

        public Task<PortalClient> GuardianAsync() => Clients.GuardianAsync("lyon", Town.Family.Guardian);

        public Task<PortalClient> AgentAsync() => Clients.StaffAsync("lyon", Agent.Account, Agent.Secret);

        public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Town.Administrator);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/lyon/admin/personnel/nouveau")]
    [InlineData("/lyon/admin/personnel?id=0196f3a4-6b1c-7d2e-9f00-0123456789ab&handler=Desactiver")]
    [InlineData("/lyon/admin/personnel?id=0196f3a4-6b1c-7d2e-9f00-0123456789ab&handler=Reactiver")]
    [InlineData("/lyon/admin/personnel?id=0196f3a4-6b1c-7d2e-9f00-0123456789ab&handler=Reinitialiser")]
    [InlineData("/lyon/admin/rgpd/0196f3a4-6b1c-7d2e-9f00-0123456789ab")]
    public async Task A_guardian_and_an_agent_are_refused_every_form_even_with_a_valid_token(string url)
    {
        var guardian = await app.GuardianAsync();
        var agent = await app.AgentAsync();
        var fields = new Dictionary<string, string>
        {
            ["Membre.Prenom"] = "Forgé", ["Membre.Nom"] = "Forgé", ["Membre.Email"] = "forge@lyon.test", ["Membre.Role"] = "Administrateur",
            ["Effacement.Motif"] = "Forgé", ["Effacement.Confirme"] = "true",
        };

        var byGuardian = await guardian.PostWithTokenAsync("/lyon/accueil", url, fields);
        var byAgent = await agent.PostWithTokenAsync("/lyon/admin", url, fields);

        byGuardian.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.SendAsync("lyon", s => s.Send(new ListStaffMembersQuery()))).ShouldNotContain(m => m.DisplayName == "Forgé Forgé");
    }

    [Fact]
    public async Task The_agent_sees_no_link_to_these_pages()
    {
        var agent = await app.AgentAsync();

        var (_, home) = await agent.GetAsync("/lyon/admin");

        home.QuerySelector("a[href='/lyon/admin/personnel']").ShouldBeNull();
        home.QuerySelector("a[href='/lyon/admin/journal']").ShouldBeNull();
        home.QuerySelector("a[href='/lyon/admin/rgpd']").ShouldBeNull();
    }

    [Fact]
    public async Task Creating_a_member_without_the_token_is_refused()
    {
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitWithoutTokenAsync("/lyon/admin/personnel/nouveau", new Dictionary<string, string>
        {
            ["Membre.Prenom"] = "Sans", ["Membre.Nom"] = "Jeton", ["Membre.Email"] = "sans.jeton@lyon.test", ["Membre.Role"] = "Administrateur",
        });

        await ShouldBeRefusedAsync(response);
        (await app.SendAsync("lyon", s => s.Send(new ListStaffMembersQuery()))).ShouldNotContain(m => m.DisplayName == "Sans Jeton");
    }

    [Theory]
    [InlineData("handler=Desactiver")]
    [InlineData("handler=Reinitialiser")]
    public async Task The_staff_list_forms_without_the_token_are_refused(string handler)
    {
        var administrator = await app.AdministratorAsync();

        var before = await app.SendAsync("lyon", s => s.Send(new ListStaffMembersQuery()));

        var response = await administrator.SubmitWithoutTokenAsync("/lyon/admin/personnel", new Dictionary<string, string>(), handler);

        await ShouldBeRefusedAsync(response);
        (await app.SendAsync("lyon", s => s.Send(new ListStaffMembersQuery()))).ShouldBe(before);
    }

    [Fact]
    public async Task Erasing_a_family_without_the_token_is_refused()
    {
        var administrator = await app.AdministratorAsync();
        var url = $"/lyon/admin/rgpd/{app.Town.OtherFamily.FamilyId}";

        var response = await administrator.SubmitWithoutTokenAsync(url, new Dictionary<string, string>
        {
            ["Effacement.Motif"] = "Forgé", ["Effacement.Confirme"] = "true",
        });

        await ShouldBeRefusedAsync(response);
        var (_, page) = await administrator.GetAsync(url);
        page.Heading().ShouldBe("Données personnelles de la famille Roux");
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadPageAsync()).Heading().ShouldBe("Requête invalide");
    }
}

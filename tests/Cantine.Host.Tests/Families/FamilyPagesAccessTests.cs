using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Families;

/// <summary>The family forms are the administrator's: a guardian and an agent are refused every one, even with a valid token (the pages: BackOfficeAccessMatrixTests).</summary>
public sealed class FamilyPagesAccessTests(FamilyPagesAccessTests.App app) : IClassFixture<FamilyPagesAccessTests.App>
{
    private const string Id = "0196f3a4-6b1c-7d2e-9f00-0123456789ab";

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
            Agent = (await ExtraAccounts.StaffAsync(this, "lyon", "Agent", "agent-familles", secret), secret);
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    public static TheoryData<string> Forms() =>
    [
        "/lyon/admin/familles/nouvelle",
        $"/lyon/admin/familles/{Id}?handler=Renommer",
        $"/lyon/admin/familles/{Id}?handler=Detacher&childId={Id}",
        $"/lyon/admin/familles/{Id}/archiver",
        $"/lyon/admin/familles/{Id}/responsables/nouveau",
        $"/lyon/admin/familles/{Id}/responsables/{Id}",
        $"/lyon/admin/familles/{Id}/responsables/{Id}?handler=Identifiant",
        $"/lyon/admin/familles/{Id}/enfants/nouveau",
        $"/lyon/admin/familles/{Id}/enfants/{Id}",
        $"/lyon/admin/familles/{Id}/enfants/{Id}?handler=Sante",
        $"/lyon/admin/familles/{Id}/rattacher?childId={Id}",
    ];

    private Task<PortalClient> GuardianAsync() => app.Clients.GuardianAsync("lyon", app.Town.Family.Guardian);

    private Task<PortalClient> AgentAsync() => app.Clients.StaffAsync("lyon", app.Agent.Account, app.Agent.Secret);

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_guardian_and_an_agent_are_refused_every_family_form_even_with_a_valid_token(string url)
    {
        var fields = new Dictionary<string, string> { ["Saisie.Name"] = "Forgée", ["Renommage.Name"] = "Forgée", ["Identifiant.Login"] = "pirate" };

        var byGuardian = await (await GuardianAsync()).PostWithTokenAsync("/lyon/accueil", url, fields);
        var byAgent = await (await AgentAsync()).PostWithTokenAsync("/lyon/admin", url, fields);

        byGuardian.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAgent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_agent_sees_neither_the_band_entry_nor_the_tile()
    {
        var (_, page) = await (await AgentAsync()).GetAsync("/lyon/admin");

        page.QuerySelector("a[href='/lyon/admin/familles']").ShouldBeNull();
    }
}

using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>Two towns with staff and families, and clients signed in once per class (the authenticator code serves once per step).</summary>
public class BackOfficeApp : CantineApp
{
    public TestTown Town { get; private set; } = null!;

    public TestTown OtherTown { get; private set; } = null!;

    public SignedInClients Clients { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        Clients = new SignedInClients(this);
        Town = await TestTown.CreateAsync(this, "lyon");
        OtherTown = await TestTown.CreateAsync(this, "vienne");
        var secret = ExtraAccounts.NewTotpSecret();
        Agent = (await ExtraAccounts.StaffAsync(this, "lyon", "Agent", "agent-enrole", secret), secret);
    }

    private (TestAccount Account, string Secret) Agent { get; set; }

    public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Town.Administrator);

    public Task<PortalClient> OtherAdministratorAsync() => Clients.StaffAsync("vienne", OtherTown.Administrator);

    public Task<PortalClient> AgentAsync() => Clients.StaffAsync("lyon", Agent.Account, Agent.Secret);

    public Task<PortalClient> ParentAsync() => Clients.GuardianAsync("lyon", Town.Family.Guardian);

    public override async ValueTask DisposeAsync()
    {
        await Clients.DisposeAsync();
        await base.DisposeAsync();
    }
}

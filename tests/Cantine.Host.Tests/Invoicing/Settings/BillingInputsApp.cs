using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Invoicing.Settings;

/// <summary>
/// Lyon with its services and children (<see cref="ReservationsTown"/>, every message tracked so Invoicing has its copies)
/// and an agent with a second factor, to open the billing settings, tariffs and quotients pages.
/// </summary>
public sealed class BillingInputsApp : CantineApp
{
    public ReservationsTown Lyon { get; private set; } = null!;

    public TestAccount Agent { get; private set; } = null!;

    public string AgentSecret { get; } = ExtraAccounts.NewTotpSecret();

    public SignedInClients Clients { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        Clients = new SignedInClients(this);
        await this.TrackAsync(async () => Lyon = await ReservationsTown.CreateAsync(this, "lyon"));
        Agent = await ExtraAccounts.StaffAsync(this, "lyon", "Agent", "agent-facturation", AgentSecret);
    }

    public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Lyon.Town.Administrator);

    public Task<PortalClient> AgentAsync() => Clients.StaffAsync("lyon", Agent, AgentSecret);

    public override async ValueTask DisposeAsync()
    {
        await Clients.DisposeAsync();
        await base.DisposeAsync();
    }
}

using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Invoicing.Invoices;

/// <summary>Lyon with a month issued from real bookings (<see cref="InvoicingTown"/>); Vienne, another town, for isolation.</summary>
public sealed class StaffInvoicesApp : CantineApp
{
    public InvoicingTown Lyon { get; private set; } = null!;

    public TestTown Vienna { get; private set; } = null!;

    public SignedInClients Clients { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        Clients = new SignedInClients(this);
        Lyon = await InvoicingTown.CreateAsync(this, "lyon");
        Vienna = await TestTown.CreateAsync(this, "vienne");
    }

    public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Lyon.Town.Administrator);

    public Task<PortalClient> ViennaAdministratorAsync() => Clients.StaffAsync("vienne", Vienna.Administrator);

    public Task<PortalClient> ParentAsync() => Clients.GuardianAsync("lyon", Lyon.Town.Family.Guardian);

    public override async ValueTask DisposeAsync()
    {
        await Clients.DisposeAsync();
        await base.DisposeAsync();
    }
}

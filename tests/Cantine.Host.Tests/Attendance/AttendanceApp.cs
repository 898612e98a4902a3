using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Attendance;

/// <summary>
/// Lyon with today's bookings (<see cref="AttendanceTown"/>) and an agent with a second factor; Vienne, another town,
/// with its own agent, for the isolation tests.
/// </summary>
public sealed class AttendanceApp : CantineApp
{
    public AttendanceTown Lyon { get; private set; } = null!;

    public TestAccount Agent { get; private set; } = null!;

    public TestAccount ViennaAgent { get; private set; } = null!;

    public TestTown Vienna { get; private set; } = null!;

    public string AgentSecret { get; } = ExtraAccounts.NewTotpSecret();

    public SignedInClients Clients { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        Clients = new SignedInClients(this);
        Lyon = await AttendanceTown.CreateAsync(this, "lyon");
        Agent = await ExtraAccounts.StaffAsync(this, "lyon", "Agent", "agent-pointage", AgentSecret);
        Vienna = await TestTown.CreateAsync(this, "vienne");
        ViennaAgent = await ExtraAccounts.StaffAsync(this, "vienne", "Agent", "agent-pointage-vienne", AgentSecret);
    }

    public Task<PortalClient> AgentAsync() => Clients.StaffAsync("lyon", Agent, AgentSecret);

    public Task<PortalClient> ViennaAgentAsync() => Clients.StaffAsync("vienne", ViennaAgent, AgentSecret);

    public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Lyon.Town.Administrator);

    public Task<PortalClient> ParentAsync() => Clients.GuardianAsync("lyon", Lyon.Town.Family.Guardian);

    public string SheetUrl(string school) =>
        $"/lyon/admin/pointage/feuille?jour={Lyon.Today:yyyy-MM-dd}&service={Lyon.FirstService}&ecole={Uri.EscapeDataString(school)}";

    public Task<SheetDto> SheetAsync(string school) => Lyon.SheetAsync(this, school);

    public override async ValueTask DisposeAsync()
    {
        await Clients.DisposeAsync();
        await base.DisposeAsync();
    }
}

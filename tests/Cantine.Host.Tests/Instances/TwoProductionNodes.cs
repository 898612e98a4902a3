using Cantine.BuildingBlocks.Tenancy;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Instances;

/// <summary>
/// Two hosts on one database, each as a production instance runs (ADR 0039): Wolverine's durability in its balanced mode
/// and a Hangfire server each (<see cref="CantineHost.ProductionRuntime"/>). The first is the class's own
/// <see cref="CantineApp"/> host; <see cref="Second"/> shares its database and nothing else (caches, clock, SMTP server).
/// The recurring jobs are held at once (<see cref="RecurringJobsInStorage.HoldAsync"/>) so that only the occurrences a
/// test makes due ever run.
/// </summary>
public abstract class TwoProductionNodes : CantineApp
{
    public CantineHost Second { get; private set; } = null!;

    /// <summary>Set by a test that stopped the second host itself.</summary>
    public bool SecondStopped { get; set; }

    public JobStorage Storage => Services.GetRequiredService<JobStorage>();

    protected override IReadOnlyDictionary<string, string?> Settings => CantineHost.ProductionRuntime;

    protected override async Task SeedAsync()
    {
        Second = await CantineHost.StartAsync(StartsAt, Settings, serveOverHttp: false, connect: _ => SecondConnectionString);
        await RecurringJobsInStorage.HoldAsync(Database, Storage);
        await SeedTownsAsync();
    }

    /// <summary>How the second host reaches the shared database (a relay its test can cut: <see cref="PostgresOutage"/>).</summary>
    protected virtual string SecondConnectionString => Database.ConnectionString;

    protected abstract Task SeedTownsAsync();

    /// <summary>Both hosts' clocks at the first one's instant (each host has its own).</summary>
    public void AlignClocks() => Second.Clock.Set(Clock.GetUtcNow());

    /// <summary>Sends a command or query on the second host, in a scope bound to <paramref name="tenant"/>.</summary>
    public async Task<T> SendOnSecondAsync<T>(string tenant, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = Second.Services.GetRequiredService<TenantScopeFactory>().Create(tenant);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    public override async ValueTask DisposeAsync()
    {
        if (Second is not null && !SecondStopped)
        {
            await Second.StopAsync();
        }

        await base.DisposeAsync();
    }
}

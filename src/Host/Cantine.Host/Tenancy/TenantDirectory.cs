using Cantine.Accounts.Contracts.ListStructures;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;

namespace Cantine.Host.Tenancy;

/// <summary>Every structure's slug, for platform-wide jobs that visit each structure in turn.</summary>
public sealed class TenantDirectory(IServiceScopeFactory scopes) : ITenantDirectory
{
    public async Task<IReadOnlyList<string>> ListTenantIdsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var structures = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListStructuresQuery(), cancellationToken);
        return structures.Select(s => s.Slug).ToList();
    }
}

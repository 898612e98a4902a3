using Cantine.Accounts.Contracts.GetStructure;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Microsoft.Extensions.Caching.Memory;

namespace Cantine.Host.Tenancy;

/// <summary>Finds a structure by slug, cached briefly: every request of a portal needs it.</summary>
public sealed class StructureLookup(IMemoryCache cache, TenantScopeFactory scopes)
{
    private static readonly TimeSpan Found = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Missing = TimeSpan.FromSeconds(5);

    public async Task<CurrentTenant?> FindAsync(string slug, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(slug), out CurrentTenant? cached))
        {
            return cached;
        }

        await using var scope = scopes.Create(slug);
        var structure = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetStructureQuery(), ct);
        var tenant = structure is null ? null : new CurrentTenant(structure.Slug, structure.Name, structure.PasswordMinLength, structure.LogoId);
        cache.Set(Key(slug), tenant, tenant is null ? Missing : Found);
        return tenant;
    }

    public void Forget(string slug) => cache.Remove(Key(slug));

    private static string Key(string slug) => "structure:" + slug;
}

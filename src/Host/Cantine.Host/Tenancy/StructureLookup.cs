using Cantine.Accounts.Contracts.GetStructure;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Host.Resilience;
using Mediator;
using Microsoft.Extensions.Caching.Memory;

namespace Cantine.Host.Tenancy;

/// <summary>
/// Finds a structure by slug, cached briefly: every request of a portal needs it. The last structure found is also
/// kept for a day, for when PostgreSQL cannot be reached: the sign-in page still renders (issue #18, defect 3).
/// </summary>
public sealed class StructureLookup(IMemoryCache cache, TenantScopeFactory scopes)
{
    private static readonly TimeSpan Found = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Missing = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan KnownDuringOutage = TimeSpan.FromDays(1);

    public async Task<CurrentTenant?> FindAsync(string slug, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(slug), out CurrentTenant? cached))
        {
            return cached;
        }

        StructureDto? structure;
        try
        {
            await using var scope = scopes.Create(slug);
            structure = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetStructureQuery(), ct);
        }
        catch (Exception e) when (DatabaseOutage.Is(e) && cache.TryGetValue(KnownKey(slug), out CurrentTenant? known))
        {
            return known;
        }

        var tenant = structure is null ? null : new CurrentTenant(structure.Slug, structure.Name, structure.PasswordMinLength, structure.LogoId);
        cache.Set(Key(slug), tenant, tenant is null ? Missing : Found);
        if (tenant is not null)
        {
            cache.Set(KnownKey(slug), tenant, KnownDuringOutage);
        }

        return tenant;
    }

    public void Forget(string slug)
    {
        cache.Remove(Key(slug));
        cache.Remove(KnownKey(slug));
    }

    private static string Key(string slug) => "structure:" + slug;

    private static string KnownKey(string slug) => "structure-known:" + slug;
}

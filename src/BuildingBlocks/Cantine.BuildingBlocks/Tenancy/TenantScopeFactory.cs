using Microsoft.Extensions.DependencyInjection;

namespace Cantine.BuildingBlocks.Tenancy;

/// <summary>Opens a DI scope bound to one tenant, for jobs and tools that run outside a request.</summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopes)
{
    public AsyncServiceScope Create(string tenantId)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId);
        return scope;
    }
}

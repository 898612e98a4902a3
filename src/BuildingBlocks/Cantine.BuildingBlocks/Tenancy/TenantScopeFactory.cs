using Cantine.BuildingBlocks.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.BuildingBlocks.Tenancy;

/// <summary>Opens a DI scope bound to one tenant, for jobs and tools that run outside a request.</summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopes)
{
    /// <param name="actor">The author of the scope's events (<see cref="Actors"/>): a job passes <see cref="Actors.Job"/>.</param>
    public AsyncServiceScope Create(string tenantId, string actor = Actors.System)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId);
        scope.ServiceProvider.GetRequiredService<ICurrentActor>().Set(actor);
        return scope;
    }
}
